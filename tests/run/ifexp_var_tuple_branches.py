# A conditional expression whose branches are a fixed tuple and a tuple[T, ...] (either way round),
# or literals typed by the annotation it is assigned to (found by the fuzzer's vartuples feature).


def pick(c: bool, t: tuple[int, ...]) -> tuple[int, ...]:
    return (7, 8) if c else t


def main() -> None:
    t: tuple[int, ...] = (1, 2, 3)
    for c in (True, False):
        u: tuple[int, ...] = (1, 2) if c else t
        v: tuple[int, ...] = t if c else (4, 5)
        w = (9,) if c else t
        print(u, v, w, len(w), w[-1], pick(c, t), pick(not c, ()))
        print((divmod(7, 2) if c else t), ((1.5, 2.5) if c else tuple([0.5])))
        print(u == v, u < v, 2 in w, [x * 2 for x in ((5, 6) if c else t)])
    names: tuple[str, ...] = ("a",) if len(t) > 5 else ("b", "c")
    print(names, ("x", "y") if names else names)
    xs: list[float] = [] if len(t) > 2 else [1.5]
    d: dict[str, int] = {} if len(t) > 5 else {"a": 1}
    print(xs, d)


main()
