"""A loop over a set display of constants walks CPython's frozenset constant as the
compiler keeps it: the items added in order, then added again in that set's order by
the constant merging. Walking the set as first added gave another order for these
displays (found by the fuzzer, seed 70371: `for e in {255, (-1), -42}`)."""

for e in {255, (-1), -42}:
    print(e, end=" ")
print()
for e in {-31, 255, -43, 5}:
    print(e, end=" ")
print()
print([x for x in {1033537, 65535, 8, -1, 255, 7}])
print([x for x in {255, 1034629, -656006, -1, 15, 65535, -953941}])
print({x: 0 for x in {255, -2, 65535}})
print([x for x in {-17, 15}], [x for x in {-2, 20, 15, -33, 7695}])
for a in {-212219, 15, 39, 7}:
    for b in {30, 15, -28, -18}:
        print(a + b, end=" ")
print()
print({x * 1 for x in {-1, -20, 35, 487308, -2}})
print(list(enumerate({722486, -31, -807293, -1, -22, 255, 3})))
s = {722486, -31, -807293, -1, -22, 255, 3}
print(s, list(s))
# items CPython's AST optimizer folds into constants count as constants (fuzz seed 80614)
print({255, 10, 7, ((4611686018427387903) & 0xFFFF)} ^ {-1}.copy())
print({255, 10, 7, 2 ** 16 - 1, -(3 * 5)}, [x for x in {255, 10, 7, 65535 | 0, ~3}])
print({"ab"[1], "z", "q" + "r"} == {"b", "z", "qr"}, {(1, 2 * 3), (0, 0), (9, -1)})
