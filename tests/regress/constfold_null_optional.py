# Reduced by `pyrite reduce` from seed-1113.py (fuzz seed 1113), then by hand
# It showed: ice: TypeError at constfold.py:_evaluate (str_len folded on the None of an optional, on a path that never runs)
def f() -> None:
    o: str | None = None
    if o is not None:
        print(len(o))
    print(o)

f()
