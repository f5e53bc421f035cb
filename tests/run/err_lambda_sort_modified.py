xs = [3, 1, 2]


def key(x: int) -> int:
    xs.append(x)
    return x


print(sorted(xs, key=key))
xs.sort(key=key)
print(xs)
