def by_key(items: list[tuple[str, int]], key: str) -> int:
    for k, v in items:
        if k == key:
            return v
    return -1


inventory: list[tuple[str, int]] = []
inventory.append(("apples", 3))
inventory.append(("pears", 0))
inventory += [("plums", 12)]
print(inventory, len(inventory))
print(by_key(inventory, "plums"), by_key(inventory, "kiwis"))
inventory[1] = ("pears", 5)
total = 0
for name, n in inventory:
    total += n
print(total)
last = inventory.pop()
print(last, inventory)
doubled = inventory * 2
print(doubled)
