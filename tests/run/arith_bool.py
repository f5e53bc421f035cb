# bool values take part in arithmetic as 0 and 1.

t = True
f = False
print(True + True, True - False, True * 5, False * 5, True / 2, -True, +True)
print(t + t + t, t * 10, f + 1, 3 - t, t // 1, t % 2, t ** 3)
print(True + 0.5, False * 2.5, True == 1, False == 0, True == 1.0, True > False)
print(True & True, True | False, True ^ True, False ^ True)
print(t & f, t | f, t ^ f, t and f, t or f, not t, not f)
count = 0
for i in range(10):
    count += i % 3 == 0
print(count)
print(int(True), int(False), float(True), bool(1), bool(0))
