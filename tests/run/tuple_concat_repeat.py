# t + s and t * n: fixed tuples join into fixed tuples (and repeat a literal number of times
# into one), a tuple[T, ...] joins with tuple[T, ...] values and tuples of T items.
def grow(t: tuple[str, ...], word: str) -> tuple[str, ...]:
    return t + (word,)


def main() -> None:
    a = (1, "a")
    b = a + (2.5, [3]) + ((4, 5),)
    print(b, len(b), b[4][1], a + (), () + a, () + ())
    c, d, e, f, g = b
    print(c, d, e, f, g)
    names: tuple[str, ...] = ()
    for w in "the quick brown fox".split():
        names = grow(names, w)
    print(names, names + names[:1], ("first",) + names, names + ("last",))
    u: tuple[int, ...] = (1, 2, 3)
    v: tuple[int, ...] = tuple(x * x for x in u)
    print(u + v, v + u, u + (), (0,) + u, u + (9, 9))
    print(u * 2, 3 * u, u * 0, u * -2, u * True, False * u)
    n = 3
    print((0,) * n, n * (1, 2), (7, 8) * (n - 5), ("ab",) * n)
    print(a * 2, 3 * (True, 1.5), (1, "x") * 0, (("p", 1),) * 2, ([1],) * 2)
    shared = ([0],) * 3
    shared[0].append(1)
    print(shared)
    ws: tuple[float, ...] = (1.5,) * 4 + (2.5,)
    print(ws, sum(ws), (1, 2) * 8 == (1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2))
    t: tuple[int, ...] = ()
    for i in range(5):
        t += (i, i * 10)
    t *= 2
    print(t, len(t))
    grid = ((0, 1),) + ((2, 3), (4, 5))
    for x, y in grid * 2:
        print(x + y, end=" ")
    print()


main()
