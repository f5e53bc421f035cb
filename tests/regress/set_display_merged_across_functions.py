# Reduced by `pyrite reduce --mismatch` from seed-513591.py (fuzz seed 513591: 94 lines to 4), then widened by hand
# It showed: interp-O0 stdout (line 13: expected '250000.0 val: {0.5, 0.1, 0.001}', got '... {0.1, 0.5, 0.001}'):
# CPython merges equal frozenset constants across the module, so a display printed after a function holding an
# equal one (in another order) walks in that function's order
def f7() -> dict[str, float]:
    {0.5, 0.1, 0.001}
    return {}


print({0.001, 0.1, 0.5})


def g(x: int) -> bool:
    return x in {255, -1, 7, -42}  # folded by the optimizer though it only tests membership


print({7, -42, 255, -1}, [v for v in {-42, 255, 7, -1}])
print({-0.0, 0.5, 0.25}, {0.0, 0.25, 0.5}, {0.25, 0.5, 0.0})  # -0.0 is another constant than 0.0
xs = [y for y in {1000, 17, 300} if y in {300, 1000, 17}]  # the condition is compiled before the iterable
print(xs, {17, 300, 1000}, g(7), f7())
