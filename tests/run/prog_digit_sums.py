# Digit sums, digital roots, reversing digits and counting digits.


def digit_sum(n: int) -> int:
    n = abs(n)
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def digital_root(n: int) -> int:
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse(n: int) -> int:
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def num_digits(n: int, base: int) -> int:
    if n == 0:
        return 1
    count = 0
    while n != 0:
        n //= base
        count += 1
    return count


n = 7
while n < 9000000000000000000 // 13:
    print(n, digit_sum(n), digital_root(n), reverse(n), num_digits(n, 10), num_digits(n, 2), num_digits(n, 16))
    n = n * 13 + 5
print(digit_sum(-987654321), digital_root(9223372036854775807), reverse(1000))
total = 0
for k in range(1, 10001):
    total += digit_sum(k)
print(total)
