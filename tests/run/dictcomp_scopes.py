def squares(n: int) -> dict[int, int]:
    i = -1
    d = {i: i * i for i in range(n)}
    print("i is still", i)
    return d


def names(words: list[str]) -> set[str]:
    w = 0
    s = {w for w in words}
    print("w is still", w)
    return s


print(squares(5))
print(len(names(["a", "b", "a"])))
x = 10
both = {x: {x for x in range(x)} for x in range(3)}
print(both, x)
lengths = {w: len(w) for w in ["aa", "b"]}
counts = {w: n for w in ["q"] for n in range(3)}
print(lengths, counts)
