# zfill, ljust, rjust, center (with and without a fill character), expandtabs.
for n in ["42", "-42", "+7", "", "abc", "12345"]:
    print(repr(n.zfill(5)), repr(n.ljust(6)), repr(n.rjust(6, "0")), repr(n.center(7, "*")))
print("ab".center(5), "|" + "ab".center(6) + "|", "abc".center(6, "-"))
print("x".ljust(0), "x".rjust(-3), "é".center(4, "ü"))
print("a\tbc\tdef".expandtabs(), "a\tb".expandtabs(4))
widths = [3, 8, 12]
for w in widths:
    print("[" + "name".ljust(w) + "|" + "value".rjust(w) + "]")
