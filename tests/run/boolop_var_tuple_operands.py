# and/or with a fixed tuple beside a tuple[T, ...] operand: the value is a tuple[T, ...] (the fixed one boxed
# only on the path where it is the value).
def main() -> None:
    t: tuple[int, ...] = (1, 2, 3)
    e: tuple[int, ...] = tuple([x for x in t if x > 5])
    print(t or (5,), e or (5,), e or (6, 7) or t, () or t)
    print((1, 2) and t, e and (9,), (4,) or e)
    u: tuple[int, ...] = e or (8, 9)
    w = t and (0,)
    print(u, w, len(w), [x for x in (e or (1, 2))])
    names: tuple[str, ...] = tuple("ab")
    print(names or ("z",), tuple("") or ("y", "x"))


main()
