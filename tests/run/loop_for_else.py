# for/else with and without break, nested loops.


def first_multiple(limit: int, k: int) -> int:
    for i in range(1, limit):
        if i % k == 0:
            break
    else:
        return -1
    return i


print(first_multiple(10, 3), first_multiple(10, 11), first_multiple(5, 1))
for i in range(3):
    print("i", i)
else:
    print("finished, i =", i)
for i in range(0):
    print("never")
else:
    print("empty range, else still runs")
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "prime")
for a in range(1, 4):
    for b in range(1, 4):
        if b > a:
            break
        print(a, b, end="; ")
    else:
        print("inner else", a, end="")
    print()
total = 0
for x in range(100):
    if x % 7 != 3:
        continue
    total += x
else:
    print("total", total)
