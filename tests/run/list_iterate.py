# for x in xs: sums, break, continue, for-else, and the loop variable afterwards.
values = [4, 8, 15, 16, 23, 42]
total = 0
for v in values:
    total += v
print(total)
for v in values:
    if v % 2 == 1:
        continue
    if v > 20:
        break
    print("even", v)
else:
    print("not reached")
print("last", v)
for w in ["x", "y"]:
    print(w)
else:
    print("done")
empty: list[float] = []
for f in empty:
    print("never", f)
else:
    print("empty loop")
