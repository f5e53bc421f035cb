# `and` / `or` skip the right operand when the left one decides.


def yes(tag: int) -> bool:
    print("yes", tag)
    return True


def no(tag: int) -> bool:
    print("no", tag)
    return False


def val(x: int) -> int:
    print("val", x)
    return x


print(no(1) and yes(2))
print(yes(3) and no(4))
print(yes(5) or no(6))
print(no(7) or yes(8))
print(no(9) or no(10) or yes(11) or yes(12))
print(yes(13) and yes(14) and no(15) and yes(16))
print(not no(17) and yes(18))
print(val(0) and val(5))
print(val(3) and val(5))
print(val(0) or val(7))
print(val(2) or val(7))
if no(19) and yes(20):
    print("both")
else:
    print("not both")
if yes(21) or no(22):
    print("either")
n = 0
while n < 3 and yes(100 + n):
    n += 1
d = 0
print(d != 0 and 10 // d > 1)
print(d == 0 or 10 // d > 1)
