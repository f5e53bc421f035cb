# Compound interest, loan amortisation and doubling times in floating point.
import math


def compound(principal: float, rate: float, years: int, periods: int) -> float:
    amount = principal
    for i in range(years * periods):
        amount *= 1.0 + rate / periods
    return amount


def monthly_payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 12.0
    return principal * r / (1.0 - (1.0 + r) ** -months)


p = 1000.0
for periods in range(1, 13):
    if 12 % periods == 0:
        print(periods, compound(p, 0.05, 10, periods))
print("continuous", p * math.exp(0.05 * 10.0))
pay = monthly_payment(200000.0, 0.06, 360)
print("payment", round(pay, 2))
balance = 200000.0
interest_paid = 0.0
for month in range(1, 361):
    interest = balance * 0.06 / 12.0
    interest_paid += interest
    balance -= pay - interest
    if month % 60 == 0:
        print(month, round(balance, 2), round(interest_paid, 2))
for pct in range(1, 11):
    years = math.log(2.0) / math.log(1.0 + pct / 100.0)
    print(pct, years, 72 / pct)
