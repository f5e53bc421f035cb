# list[bool] stores one byte per item (ADR 0013): every list operation on it.
def show(label: str, xs: list[bool]) -> None:
    print(label, len(xs), xs)


xs: list[bool] = [True, False, True, True, False]
show("start", xs)
print(xs[0], xs[-1], xs[-5], xs[2])
xs[-2] = False
xs[1] = True
show("set", xs)
xs.append(True)
xs.insert(0, False)
xs.insert(-1, True)
xs.insert(100, False)
xs.insert(-100, True)
show("insert", xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(3))
show("pop", xs)
print(xs.index(False), xs.index(True), xs.index(True, 2), xs.index(False, -3, -1))
print(xs.count(True), xs.count(False), True in xs, False not in xs)
xs.remove(False)
show("remove", xs)
xs.reverse()
show("reverse", xs)
ys = xs.copy()
ys[0] = not ys[0]
print(xs == ys, xs != ys, xs < ys, xs <= ys, xs > ys, xs >= ys, xs == xs.copy())
print([True] < [True, False], [False, True] > [False], [True] == [True], [] < [False])
xs.extend([False, False])
xs.extend(xs)
show("extend self", xs)
xs += [True]
show("iadd", xs)
zs = xs + [False, True] + []
show("concat", zs)
del zs[0]
del zs[-1]
show("del", zs)
empty: list[bool] = [False] * 0
show("empty", empty)
show("neg repeat", [True] * -3)
show("repeat", [True, False] * 3)
show("rrepeat", 2 * [False, True, True])
rep = [True, False]
rep = rep * 4
show("repeat4", rep)
ws = [False, True, True]
ws.clear()
ws.append(True)
show("clear", ws)
print(sum(xs), sum(xs, 10), min(xs), max(xs), any(xs), all(xs), any(empty), all(empty))
print(min([True, True]), max([False]), sum([True] * 7))
print(str(xs), repr([False]), f"{[True, False]}")
print(list(reversed(xs)), [not x for x in xs], [int(x) for x in xs])
print([i for i, x in enumerate(xs) if x])
t = 0
for x in xs:
    if x:
        t += 1
print(t)
print(list((True, False, False)), list({1: True, 2: False}.values()), sorted({True, False}))
bs = [x > 2 for x in range(6)]
print(bs, bs.count(True))
