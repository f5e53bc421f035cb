for n in (3, 1, 2):
    print(n)
days: tuple[str, ...] = ("mon", "tue", "wed")
for d in days:
    print(d)
for p in ((1, 2), (3, 4)):
    print(p)
for a, b in ((1, 2), (3, 4)):
    print(a * b)
count = 0
for f in (0.5, 1.5):
    count += 1
else:
    print("count", count)
