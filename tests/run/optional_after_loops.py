"""An optional given a value inside a loop may still be None after it: the body may run
no step, and a break skips the else clause (Pyrite took it as not None: a segfault at
-O0, an internal error at -O2; found by the fuzzer, seed 8101)."""


def f(n: int) -> None:
    o: int | None = None
    for i in range(n):
        o = 5 + i
    print(o)


def g(xs: list[int]) -> None:
    o: str | None = None
    for x in xs:
        o = "a" * x
    print(o)


def h(n: int) -> None:
    o: float | None = None
    k = 0
    while k < n:
        o = k / 2
        k += 1
    print(o)
    if o is not None:
        print(o + 1.0)


def e(xs: list[int]) -> None:
    o: int | None = None
    for x in xs:
        if x < 0:
            break
    else:
        o = len(xs)
    print(o)


f(0)
f(3)
g([])
g([1, 2])
h(0)
h(5)
e([1, -1])
e([1, 2])
