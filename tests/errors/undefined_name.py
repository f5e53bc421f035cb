def compound(principal: float, rate: float, years: int) -> float:
    amount = principal
    for _ in range(years):
        amount = amount * (1.0 + rate)
    return amount


balance = compound(1000.0, 0.05, 10)
print(balnce)  # ERROR: name 'balnce' is not defined
print(interest)  # ERROR: name 'interest' is not defined
