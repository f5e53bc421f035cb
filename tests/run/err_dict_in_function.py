def total(prices: dict[str, float], items: list[str]) -> float:
    s = 0.0
    for item in items:
        s += prices[item]
    return s


p = {"tea": 2.5, "cake": 3.0}
print(total(p, ["tea", "cake", "tea"]))
print(total(p, ["tea", "coffee"]))
