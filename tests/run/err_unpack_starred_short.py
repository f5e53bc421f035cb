def ends(xs: list[str]) -> tuple[str, str]:
    first, *_, last = xs
    return first, last


print(ends(["a", "b", "c"]), ends(["only", "two"]))
print(ends(["one"]))
