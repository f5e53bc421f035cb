# Palindromic numbers in base 10 and base 2, and the reverse-and-add process.


def reverse_in_base(n: int, base: int) -> int:
    r = 0
    while n > 0:
        r = r * base + n % base
        n //= base
    return r


def is_pal(n: int, base: int) -> bool:
    return reverse_in_base(n, base) == n


total = 0
for n in range(1, 40000):
    if is_pal(n, 10) and is_pal(n, 2):
        print("double palindrome", n)
        total += n
print("sum", total)
n = 89
steps = 0
while not is_pal(n, 10):
    n = n + reverse_in_base(n, 10)
    steps += 1
    print(steps, n)
print("89 becomes a palindrome after", steps, "steps")
