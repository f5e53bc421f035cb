names = ["ann", "bob", "cy"]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(str(i) + ".", name)
for pos, ch in enumerate("héllo", start=-2):
    print(pos, ch)
for e in enumerate((2.5, 3.5)):
    print(e)
total = 0
for i, v in enumerate([10, 20, 30]):
    total += i * v
print(total)
nothing: list[int] = []
for i, x in enumerate(nothing):
    print("never", i, x)
else:
    print("empty done")
