# Reduced by `pyrite reduce` from seed-7071.py (fuzz seed 7071), then by hand
# It showed: interp-O0+interp-O1+interp-O2+native-O0+native-O2 stdout int: a for loop or comprehension over a set display of constants iterates CPython's frozenset constant (0 1 2 15 65535), not the set the same display builds (0 1 2 65535 15)
for x in {15, 0, 1, 2, 65535}:
    print(x)
print({0: c for c in {15, 0, 1, 2, 65535}})
s = {15, 0, 1, 2, 65535}
print(s)
for x in s:
    print(x)
