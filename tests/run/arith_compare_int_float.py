# Comparisons between ints and floats are exact (no rounding of the int).

big = 2 ** 53
print(big + 1 == 2.0 ** 53, big == 2.0 ** 53, big + 1 > 2.0 ** 53, big + 1 >= 2.0 ** 53)
print(big + 1 < 2.0 ** 53 + 2.0, big - 1 < 2.0 ** 53, big + 1 != 2.0 ** 53)
print(9223372036854775807 == 9.223372036854776e18, 9223372036854775807 < 9.223372036854776e18)
print(-9223372036854775807 - 1 == -9.223372036854776e18, 9223372036854775807 > 9.2e18)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0, 0 == 0.0)
print(3 < float("inf"), -3 > -float("inf"), 3 == float("nan"), 3 != float("nan"))
print(3 < float("nan"), 3 >= float("nan"), 9223372036854775807 < float("inf"))
x = 0.1 + 0.2
print(x == 0.3, x > 0.3, abs(x - 0.3) < 1e-15)
n = 18014398509481985
print(n == float(n), n > float(n), float(n) == 18014398509481984.0)
m = 18014398509481983
print(m == float(m), m < float(m), float(m))
for k in range(5):
    v = big + k
    print(k, v == float(v), v < float(v), v > float(v), float(v))
print(max(1.5, 2.5), min(-0.5, 0.5), 1 <= 1.0 <= 1)
