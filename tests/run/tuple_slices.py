# Slicing tuples: a tuple[T, ...] with any bounds, a fixed tuple with constant bounds (its
# item types kept) or, when its items have one type, with any bounds.
def window(t: tuple[int, ...], lo: int, hi: int) -> tuple[int, ...]:
    return t[lo:hi]


def main() -> None:
    u: tuple[int, ...] = tuple(range(10))
    print(u[2:5], u[:3], u[7:], u[::3], u[::-1], u[-3:], u[:-8], u[8:2:-2], u[100:], u[-100:2])
    for lo in (-12, -3, 0, 4, 11):
        for hi in (-12, -1, 0, 6, 11):
            for step in (-3, -1, 1, 2):
                print(lo, hi, step, u[lo:hi:step])
    print(window(u, 3, 6), window((), 0, 3), len(u[1:]), u[None:None], u[3:None:None])
    mixed = (1, "two", 3.5, [4], (5, "five"))
    print(mixed[1:3], mixed[::-1], mixed[3:], mixed[-2:], mixed[:0], mixed[10:], mixed[::2])
    head, tail = mixed[:1] + mixed[4:]
    print(head, tail, mixed[4:][0][1:])
    a, b = mixed[3:]
    a.append(40)
    print(a, b, mixed)
    pair = (7, 8)
    i = 1
    print(pair[i:], pair[:i], pair[::i], pair[i::-1])
    words = ("x", "y", "z")
    print(words[i:] + words[:i], words[i:][0], words[:i] < words[i:])
    nested: tuple[tuple[str, int], ...] = (("a", 1), ("b", 2), ("c", 3))
    for name, n in nested[1:]:
        print(name, n)
    print(nested[::-2], ("p", "q", "r")[1:][1:], (1, 2, 3)[1:2])


main()


def dropped() -> None:
    # parts of a literal that a constant slice, a join or a repeat leaves out are freed
    kept = ([1], "a", [2, 3])[1:2] + ([4],) * 0 + ("b", [5])[::-1]
    print(kept, ([6], [7])[2:], len(("c" * 3, [8])[:1] * 3))


dropped()
