# Armstrong (narcissistic) numbers: equal to the sum of their digits each raised
# to the number of digits.


def count_digits(n: int) -> int:
    c = 1
    while n >= 10:
        n //= 10
        c += 1
    return c


def is_armstrong(n: int) -> bool:
    k = count_digits(n)
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


found = 0
for n in range(1, 10000):
    if is_armstrong(n):
        found += 1
        print(found, n)
print(is_armstrong(54748), is_armstrong(92727), is_armstrong(93084), is_armstrong(93085))
print(is_armstrong(9926315), is_armstrong(9926316), is_armstrong(4679307774))
