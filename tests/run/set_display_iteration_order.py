"""A loop or comprehension over a set display of constants walks CPython's frozenset
constant (the items added in order); the same display stored in a variable is the
set built from that constant, whose order can differ (found by the fuzzer, seed 7071)."""

for x in {15, 0, 1, 2, 65535}:
    print(x, end=" ")
print()
print([x for x in {15, 0, 1, 2, 65535}])
print({0: c for c in {15, 0, 1, 2, 65535}})
print({c * 2 for c in {31, -1, 7, 63, 95, 127}})
print([(a, b) for a in {3, 1} for b in {64, 0, 32, 96, 128}])
s = {15, 0, 1, 2, 65535}
print(s)
for x in s:
    print(x, end=" ")
print()
for t in {(1, 2), (9, -4), (0, 0), (7, 7), (-3, 5)}:
    print(t, end=" ")
print()
for i, x in enumerate({15, 0, 1, 2, 65535}):
    print(i, x, end=" ; ")
print()
print(list({15, 0, 1, 2, 65535}), sorted({15, 0, 1, 2, 65535}))
total = 0
for x in {40, 8, 72, 136, 264, 520, -8}:
    total = total * 3 + x
print(total)
