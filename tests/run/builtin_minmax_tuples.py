# min() and max() of two or more tuples: ordered item by item, the first of equals kept (as CPython).
def best_word(words: list[str]) -> tuple[int, str]:
    best = (0, "")
    for w in words:
        best = max(best, (len(w), w))
    return best


def main() -> None:
    print(best_word("the quick brown fox jumps over a lazy dog".split()))
    print(min((2, "x"), (2, "a"), (1, "q")), max((1, "b"), (1, "b")), min((0.5, -1), (0.5, -2), (0.25, 9)))
    nan = float("nan")
    print(max((1.5, 2), (nan, 3)), min((nan, 1), (0.5, 2)), max((nan, 1), (0.5, 2)))
    v: tuple[int, ...] = (1, 2, 3)
    w: tuple[int, ...] = (1, 2)
    print(max(v, w), min(v, w), max(w, v, (0,) + v), min(w, v[:2]), min((), ()))
    print(min(("b", 2.5), ("b", -1.0)), max((True, 1), (False, 2)), max(((1, 2), "z"), ((1, 3), "a")))
    first = (1, "a")
    same = (1, "a")
    print(max(first, same), min(same, first, (1, "")))


main()
