# Reduced by hand from seed-80614.py (fuzz seed 80614)
# It showed: interp-O0+interp-O1+interp-O2+native-O0+native-O2 stdout .: a set display whose item is an
# expression CPython's AST optimizer folds ((4611686018427387903) & 0xFFFF) was not taken for a display of
# constants, which CPython builds from a frozenset constant: {255, 7, 10, -1, 65535} printed in another order
print({255, 10, 7, ((4611686018427387903) & 0xFFFF)} ^ {-1}.copy())
