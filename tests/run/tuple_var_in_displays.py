# A tuple[T, ...] looked up in a set or list display of tuple literals: the display holds
# tuple[T, ...] items (as an annotated one would), so (1, 2) is found whatever its type.
def seen(t: tuple[int, ...]) -> bool:
    return t in {(1, 2), (3, 4)}


def main() -> None:
    t: tuple[int, ...] = (1, 2)
    e: tuple[int, ...] = ()
    u = (3, 4)
    print(seen(t), seen((3,)), seen(tuple([3, 4])), t in [(1, 2)], t not in {(1, 2, 3)})
    print(e in [(), (1,)], e in {(0,)}, t in {(1, 2), t}, t in {u, (5, 6)}, tuple(range(3)) in {(0, 1, 2)})
    words: tuple[str, ...] = tuple("ab")
    print(words in {("a", "b"), ("c",)}, words in [("b", "a")], words[::-1] in {("b", "a")})


main()
