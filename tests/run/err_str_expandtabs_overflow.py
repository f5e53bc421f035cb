# OverflowError: Python int too large to convert to C int (CPython takes expandtabs's tabsize as
# a C int; Pyrite printed "abc"). The edges of a C int still work.
n = 2 ** 31
print(repr("a\tb".expandtabs(n - 2 ** 31 + 3)), repr("a\tb".expandtabs(-n)), repr("ab".expandtabs(n - 1)))
print("abc".expandtabs(n))
