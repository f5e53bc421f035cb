# r[a:b:c] of a range is a range (CPython's compute_slice); every bound and step sign.

rs = [range(10), range(2, 20, 3), range(10, -10, -4), range(0), range(5, 5), range(-3, 4, 7)]
bounds = [-12, -3, -1, 0, 1, 2, 5, 11]
steps = [-3, -1, 1, 2]
count = 0
for r in rs:
    print(r, r[:], r[::-1], r[1:], r[:-1], r[::2], r[-2:], r[:100], r[-100:])
    for a in bounds:
        line: list[int] = []
        for b in bounds:
            for c in steps:
                s = r[a:b:c]
                line.append(len(s))
                count += 1
                if list(s) != list(r)[a:b:c]:
                    print("mismatch", r, a, b, c)
        print(r, a, line)
print(count, "slices")
r = range(0, 30, 5)
print(r[1:4], r[4:1:-1], r[None:3], r[3:None], r[::None], r[True:], len(r[2:]), r[1:][1:][1])
print(r[1:5:2] == range(5, 25, 10), r[5:1] == range(0), list(r[::3]), sum(r[::2]))
big = range(-9223372036854775807, 9223372036854775807, 3)
print(big[1:3], big[:-3:-1], big[-2:-1], big[-1:0:-1][:2])
