# Reduced by `pyrite reduce --mismatch` from seed-402424.py (fuzz seed 402424: 189 lines to 7), then widened by hand
# It showed: interp-O0 stdout (line 124: expected '[10, 100, 6]', got 'None'): a for loop's else clause was
# checked with what the body proved (`o = [...]` left o "not None"), so `o is None` there was folded to False,
# though the else also runs after a loop of no step
o66: list[int] | None = None
for unique_name_0, unique_name_1 in zip(range(0), [0]):
    o66 = [0 for unique_name_3 in range(0)]
else:
    if o66 is None:
        o66 = [0]
print(o66)


def f(n: int) -> int:
    o: int | None = None
    for i in range(n):
        o = i
    else:
        if o is None:
            return -1
    return o if o is not None else -2


print(f(0), f(3))
