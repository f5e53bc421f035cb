stock: dict[str, int] = {"apple": 5, "pear": 2}
prices: dict[str, float] = {"apple": 0.5, "pear": 0.75, "kiwi": 0.2}
orders = ["apple", "kiwi", "pear", "pear", "pear", "apple"]
revenue = 0.0
missed: dict[str, int] = {}
for item in orders:
    if stock.get(item, 0) > 0:
        stock[item] -= 1
        revenue += prices[item]
    else:
        missed[item] = missed.get(item, 0) + 1
print(stock, missed)
print(revenue)
restock = {"kiwi": 10, "pear": 4}
stock.update(restock)
print(stock, len(stock))
