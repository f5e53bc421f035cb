# Nested loops: a multiplication table and a few sums.

for i in range(1, 10):
    for j in range(1, 10):
        if j < 9:
            print(i * j, end="\t")
        else:
            print(i * j, end="\n")
total = 0
for i in range(50):
    for j in range(i):
        for k in range(j):
            total += i ^ j ^ k
print(total)
row = 1
while row <= 5:
    col = 1
    while col <= row:
        print("*", end="")
        col += 1
    print()
    row += 1
