s = {100, 5, 33, 8, 2, 77}
for x in s:
    print(x, end=" ")
print()
total = 0
for x in s:
    total += x
print(total)
words = {"pear", "fig"}
n = 0
for w in words:
    n += len(w)
print(n)
seen: set[int] = set()
for i in range(40):
    seen.add(i * i % 17)
print(seen)
for x in seen:
    if x > 10:
        print("first big", x)
        break
