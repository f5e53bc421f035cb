# Amicable pairs below 10000 (sum of proper divisors of each equals the other).


def d(n: int) -> int:
    if n < 2:
        return 0
    s = 1
    i = 2
    while i * i <= n:
        if n % i == 0:
            s += i
            j = n // i
            if j != i:
                s += j
        i += 1
    return s


total = 0
for a in range(2, 10000):
    b = d(a)
    if b > a and d(b) == a:
        print("amicable", a, b)
        total += a + b
print("sum", total)
