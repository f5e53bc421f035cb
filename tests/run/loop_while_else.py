# while/else: the else block runs when the condition becomes false,
# not when the loop is left with break.


def find_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")
        return 0
    return d


for n in range(20, 32):
    print(find_divisor(n))
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
j = 10
while j < 3:
    print("never")
else:
    print("else ran without iterations")
k = 0
while True:
    k += 1
    if k > 4:
        break
else:
    print("never printed")
print("k =", k)
m = 0
while m < 10:
    m += 1
    if m % 2 == 0:
        continue
    print("odd", m)
else:
    print("done with m =", m)
