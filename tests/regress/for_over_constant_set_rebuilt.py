# Reduced by `pyrite reduce` from seed-70371.py (fuzz seed 70371; 100 lines -> 8, ratio 12.5x), then by hand
# It showed: interp-O0+interp-O1+interp-O2+native-O0+native-O2 stdout int: a loop over a set display of constants
# walked the set of its items as added (-42 -1 255); CPython's frozenset constant is that set rebuilt by the
# compiler's constant merging, adding the items again in its order (255 -42 -1)
for e in {255, (-1), -42}:
    print(e)
print([x for x in {5, -1, -42}])
