def safe_ratio(a: float, b: float) -> float:
    return a / b if b != 0.0 else 0  # ERROR: the branches of a conditional expression have different types: float and int


n = 5
parity = 1 if n % 2 else False  # ERROR: the branches of a conditional expression have different types: int and bool
print(safe_ratio(1.0, 2.0), parity)
