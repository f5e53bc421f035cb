# range as a value: variables, parameters, returns, len, indexing, in, ==, printing, attributes.


def evens(n: int) -> range:
    return range(0, n, 2)


def describe(r: range) -> str:
    return f"{r} has {len(r)} numbers from {r.start} to {r.stop} by {r.step}"


def total(r: range) -> int:
    s = 0
    for x in r:
        s += x
    return s


r = range(2, 10, 3)
print(r, repr(r), str(r), f"{r}", f"{r!r:}", [r, range(4)])
print(range(5), range(0, 5), range(5, 0, -1), range(-3), range(1, 2, 1))
print(describe(r), describe(evens(7)), describe(range(10, -10, -4)))
print(len(r), len(range(0)), len(range(10, 0)), len(range(0, 100, 7)), len(range(5, -5, -3)))
print(r[0], r[1], r[2], r[-1], r[-3], range(10, 0, -3)[1], range(-5, 5)[-10])
print(5 in r, 6 in r, 8 in r, 11 in r, 2 in r, -1 in r, True in range(3), 4 not in r)
print(3 in range(10, 0, -1), 0 in range(10, 0, -1), 10 in range(10, 0, -1), 7 in range(10, 0, -3))
print(r == range(2, 10, 3), r == range(2, 9, 3), r == range(2, 11, 3), r != range(2, 8, 3))
print(range(0) == range(2, 2), range(5, 1) == range(3, -3, 2), range(1, 2, 5) == range(1, 3, 7))
print(range(0, 3) == range(0, 3, 1), range(0, 3, 2) == range(0, 4, 2), range(3) != range(3))
print(r.index(5), r.index(8), range(10, 0, -3).index(4), r.count(5), r.count(6), range(0).count(0))
print(bool(r), bool(range(0)), bool(range(3, 3)), not range(1), bool(range(5, 0, -1)))
if range(0):
    print("never")
elif r:
    print("a range is true when it has numbers")
print(total(r), total(evens(11)), total(range(0)), total(range(3, -3, -1)))
for i in reversed(range(1, 8, 2)):
    print(i, end=" ")
print()
x = range(3)
y = x
x = range(4)
print(x, y, len(x) + len(y))
ranges = [range(i) for i in range(4)]
print(ranges, [len(q) for q in ranges], sum([len(q) for q in ranges]))
rs: list[range] = []
rs.append(range(1, 4))
rs.append(range(1, 4, 2))
print(rs, rs[0] == rs[1], rs[1][1], sorted([len(q) for q in rs]))
t = (range(2), 5)
print(t, t[0][1])
big = range(-9223372036854775808, 9223372036854775807)
print(big, big[0], big[-1], big[5], 0 in big, big == big, bool(big))
print(range(9223372036854775806, 9223372036854775807)[0], 9223372036854775806 in range(9223372036854775807))
