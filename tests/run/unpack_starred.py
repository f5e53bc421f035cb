# Starred assignment: `first, *rest = v` gives the starred name a new list of the items the
# others leave, from a list, a tuple[T, ...] or a fixed tuple (whose left items have one type).
def split_ends(xs: list[int]) -> tuple[int, list[int], int]:
    first, *middle, last = xs
    return first, middle, last


def main() -> None:
    first, *rest = [1, 2, 3]
    print(first, rest)
    *init, last = (1.5, 2.5)
    print(init, last)
    a, *mid, z = "a b c d".split()
    print(a, mid, z)
    p, *q = (1, 2, 3)
    print(p, q)
    h, *t = (1, "x")[:1]
    print(h, t)
    x, *y, w = (1, "a", "b", 2.5)
    print(x, y, w)
    u: tuple[int, ...] = (4, 5)
    m, *n = u
    *o, = u
    print(m, n, o, split_ends([7, 8]), split_ends(list(range(6))))
    for k, *v in {"a": 1, "b": 2}.items():
        print(k, v)
    for i, *r in enumerate(["p", "q"]):
        print(i, r)
    for one, *more in [(1, 2, 3), (4, 5, 6)]:
        more.append(one)
        print(more)
    words = [["x", "y"], ["z"]]
    head, *tail = words
    tail[0].append("shared")
    print(head, tail, words)
    rest = [0]
    g, *rest = [9]
    print(g, rest)
    (c, d), *e = [(1, 2), (3, 4)]
    print(c, d, e)


main()
