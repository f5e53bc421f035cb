from collections.abc import Callable

inc: Callable[[int], int] = lambda x: x + 1
dec: Callable[[int], int] = lambda x: x - 1
print(inc(1), dec(1), inc(dec(inc(5))))
pick = inc
print(pick(100))
pick = dec
print(pick(100))
fs: list[Callable[[int], int]] = [inc, dec, lambda x: x * 3]
total = 0
for f in fs:
    total += f(10)
    print(f(10))
print(total, len(fs))
fs.append(lambda x: -x)
print(fs[3](8), fs[-2](2))
