# Collatz sequences: lengths, the longest chain below a bound, peak values.


def collatz_length(n: int) -> int:
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n: int) -> int:
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
    return peak


for n in range(1, 16):
    print(n, collatz_length(n), collatz_peak(n))
best = 1
best_len = 1
for n in range(1, 3000):
    length = collatz_length(n)
    if length > best_len:
        best = n
        best_len = length
print("longest below 3000:", best, best_len)
n = 27
while n != 1:
    print(n, end=" ")
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
print(n)
