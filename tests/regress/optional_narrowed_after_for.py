# Reduced by `pyrite reduce` from seed-8101.py (fuzz seed 8101), then by hand
# It showed: native-O2 ice: AttributeError at lower.py:str_parts; interp: rt @print_str got a null reference; native -O0: segmentation fault. An optional assigned a value in a for loop's body is taken as not None after the loop, which may have run no step
def f(n: int) -> None:
    o: int | None = None
    for i in range(n):
        o = 5
    print(o)


def g(xs: list[int]) -> None:
    o: str | None = None
    for x in xs:
        o = "a"
    print(o)


f(0)
g([])
