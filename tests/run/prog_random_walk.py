# A 2-D random walk driven by a small LCG; tracks distance and returns to the origin.
import math

seed = 12345


def rand4() -> int:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % 4


x = 0
y = 0
returns = 0
max_dist = 0.0
for step in range(1, 20001):
    r = rand4()
    if r == 0:
        x += 1
    elif r == 1:
        x -= 1
    elif r == 2:
        y += 1
    else:
        y -= 1
    if x == 0 and y == 0:
        returns += 1
    d = math.sqrt(float(x * x + y * y))
    if d > max_dist:
        max_dist = d
    if step % 2000 == 0:
        print(step, x, y, d, abs(x) + abs(y))
print("returns", returns, "max distance", max_dist)
