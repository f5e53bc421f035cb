# Conversions that succeed at the edges: big ints, signs, whitespace, underscores.
print(int("9223372036854775807"), int("-9223372036854775808"), int("\t+0\n"), int("1_2_3"))
print(float("1e308"), float("-1e-320"), float(" 3 "), float("1_000.5"), float("-inf") < 0)
print(int("0b101", 0), int("-0x_ff", 0), int("Z", 36), int("11", 3), int("0777", 8))
print(str(int("42")) + str(float("4.2")), repr(float("0.1")), len(str(int("-5"))))
