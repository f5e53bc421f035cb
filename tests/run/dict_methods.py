a = {1: "one", 2: "two"}
b = a.copy()
b[3] = "three"
print(a, b, a == b, a != b)
a.update(b)
print(a, a == b)
a.update({1: "uno", 9: "nine"})
print(a)
b.clear()
print(b, len(b), bool(b))
e: dict[int, str] = {}
print(e == b, {1: "x"} == {1: "x"}, {1: "x"} == {1: "y"})
print({1: 1, 2: 2} == {2: 2, 1: 1})
