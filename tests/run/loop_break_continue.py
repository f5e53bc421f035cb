# break and continue in while and for loops, nested.

for i in range(10):
    if i == 2:
        continue
    if i == 7:
        break
    print("for", i)
n = 0
while n < 20:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    print("while", n)
found = 0
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 30:
            print("triple", a, b, c)
            found += 1
            if found == 6:
                break
    if found == 6:
        break
print("found", found)
outer = 0
while True:
    outer += 1
    inner = 0
    while True:
        inner += 1
        if inner >= outer:
            break
    if outer > 4:
        break
    print(outer, inner)
