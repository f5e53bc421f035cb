squares: dict[int, int] = {}
for i in range(-5, 20):
    squares[i] = i * i
print(squares)
print(len(squares), squares[-5], squares[19])
for i in range(0, 20, 3):
    del squares[i]
print(squares)
keys = 0
for k in squares:
    keys += k
print(keys)
big = {2**62: 1, -2**62 - 2**62: 2, 0: 3}
print(big)
