# t.count(x) and t.index(x[, start[, stop]]) on tuples whose items have one type.
def main() -> None:
    u: tuple[int, ...] = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
    print(u.count(5), u.count(7), u.count(-5), u.index(5), u.index(1, 2), u.index(5, -3), u.index(3, 1, 11))
    for start in (-20, -5, 0, 4, 20):
        print(start, u.count(1), u.index(5, start) if 5 in u[start:] else -1)
    words = ("a", "b", "a", "c")
    print(words.count("a"), words.index("c"), words.index("a", 1))
    pairs: tuple[tuple[int, str], ...] = ((1, "x"), (2, "y"), (1, "x"))
    print(pairs.count((1, "x")), pairs.index((2, "y")), pairs.index((1, "x"), 1))
    fl = (0.5, 1.5, 0.5, -0.0)
    print(fl.count(0.5), fl.index(1.5), fl.count(0.0), fl.index(-0.0), fl.index(0.5, 1))
    lists = ([1], [2], [1])
    print(lists.count([1]), lists.index([2]))
    i = 2
    print(u.index(4, i - 20, i + 100), u.index(2, 0, -1))


main()
