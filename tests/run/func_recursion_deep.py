# Deep but legal recursion (CPython's default limit is 1000 frames).


def depth_sum(n: int) -> int:
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def count_down(n: int, acc: float) -> float:
    if n <= 0:
        return acc
    return count_down(n - 1, acc + 0.5)


def digits(n: int) -> int:
    if n < 10:
        return 1
    return 1 + digits(n // 10)


print(depth_sum(900))
print(depth_sum(500), depth_sum(1), depth_sum(0))
print(count_down(900, 0.0))
print(digits(9223372036854775807), digits(0), digits(1000000))
for k in range(100, 901, 200):
    print(k, depth_sum(k))
