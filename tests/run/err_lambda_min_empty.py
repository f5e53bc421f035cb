empty: list[int] = []
print(max([1, 2], key=lambda x: -x))
print(min(empty, key=lambda x: x))
