# list * int and int * list: zero and negative counts give [], elements repeat in order.
n = 4
print([0] * n, n * [1.5], [True, False] * 2, ["ab"] * 3)
print([7] * 0, [7] * -3, -1 * [7], [1, 2] * 1)
base = [1, 2, 3]
twice = base * 2
base[0] = 9
print(base, twice, len(base * 5))
grid = [[0] * 3] * 2
print(grid)
sieve = [True] * 10
print(sieve, len([0] * 1000))
empty: list[int] = []
print(empty * 5, 3 * empty)
