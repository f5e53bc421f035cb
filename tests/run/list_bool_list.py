flags = [False] * 10
for i in range(0, 10, 3):
    flags[i] = True
print(flags, flags.count(True), sum(flags), any(flags), all(flags))
print(flags[::3], sorted(flags)[-3:], True in flags)
inv = [not f for f in flags]
print(inv)
