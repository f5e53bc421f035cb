# Small lists made and dropped in a loop: each is freed when its last reference goes.
total = 0
for i in range(50000):
    pair = [i, i + 1]
    total += pair[0] + pair[1]
    if i % 10000 == 0:
        print(pair)
print(total)
keep: list[list[int]] = []
for i in range(2000):
    row = [i] * 3
    if i % 500 == 0:
        keep.append(row)
print(keep)
