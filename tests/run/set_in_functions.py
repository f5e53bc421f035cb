def common(a: set[int], b: set[int]) -> set[int]:
    return a & b


def grow(s: set[int], n: int) -> None:
    for i in range(n):
        s.add(i)


s: set[int] = set()
grow(s, 5)
print(s, common(s, {3, 4, 5, 6}))
def empty() -> set[str]:
    return set()


print(empty(), len(empty()))
def make() -> dict[str, list[int]]:
    return {}


m = make()
m["a"] = [1]
print(m)
