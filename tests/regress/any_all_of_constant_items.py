# Reduced by `pyrite reduce --crash` from seed-350010.py (fuzz seed 350010: 64 lines to 1), then widened by hand
# It showed: ice: AttributeError at builder.py:emit ('NoneType' object has no attribute 'ops'): any()/all() of a
# generator whose item is a constant lowered the branch the constant never takes
print(all((True for unique_name_0 in range(0))))


def f(n: int) -> None:
    print(all(True for x in range(n)), any(True for x in range(n)), all(False for x in range(n)), any(0 for x in range(n)))
    print(any(1 for x in range(n) if x > 2), all("" for x in range(n)), all(x > 0 or True for x in range(n)))


for k in (0, 1, 4):
    f(k)
