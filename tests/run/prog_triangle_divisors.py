# The first triangle number with more than a given number of divisors.


def num_divisors(n: int) -> int:
    count = 1
    p = 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        count *= e + 1
        p += 1
    if n > 1:
        count *= 2
    return count


target = 5
k = 1
while target <= 160:
    tri = k * (k + 1) // 2
    if num_divisors(tri) > target:
        print(target, k, tri, num_divisors(tri))
        target *= 2
    else:
        k += 1
