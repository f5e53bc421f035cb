# Fixed tuples of different lengths compare item by item, then by length (as CPython does).
def main() -> None:
    a = (1, 2)
    b = (1, 2, 3)
    c = (1, 3)
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(b < a, b > a, c > b, b < c, c == b, (1,) < (1, 0), () < (0,), () == ())
    print(("apple",) < ("apple", 1), ("apple", "pie") > ("apple",), ("b",) > ("a", "z"))
    print((2, 1.5, "x") > (2, 1.5), (1, 9.0) < (1, 9.0, "a"), (1, 9.5) > (1, 9.0, "a"), (3, -1.0) <= (2, 9.0, "a"))
    t = (0.5, "k")
    u = (0.5, "k", 1)
    print(t < u, t == u, u != t, t <= u, u >= t)
    nested = ((1, 2), "a")
    deeper = ((1, 2), "a", [3])
    print(nested < deeper, nested == deeper, deeper > nested)
    v: tuple[int, ...] = (1, 2)
    print(v < b, b > v, v == a, (1, 2, 3, 4) > v)


main()
