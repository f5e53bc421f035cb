# str() and repr() of ints, floats, bools and strs.
print(str(42), str(-7), str(0), str(9223372036854775807), str(-9223372036854775807 - 1))
print(str(0.1), str(1e16), str(-0.0), str(1.5e-7), str(float("inf")), str(float("nan")))
print(str(True), str(False), str("text"), str(), len(str()))
print(repr(3), repr(2.5), repr(True), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\tnl\nbs\\"), repr("é😀"), repr("\x00\x7f"), repr(""))
x = 3
label = "x=" + str(x) + ", half=" + str(x / 2) + ", odd=" + str(x % 2 == 1)
print(label)
print(len(str(123456789)), str(12) + str(34))
