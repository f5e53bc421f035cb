# Fixed-point iteration: x = cos(x) (the Dottie number) and x = 1 + 1/x (golden ratio).
import math

x = 1.0
for i in range(100):
    nxt = math.cos(x)
    if nxt == x:
        print("cos fixed point after", i, "iterations")
        break
    x = nxt
    if i % 10 == 0:
        print(i, x)
print(x, math.cos(x) - x)
g = 1.0
n = 0
while abs(g * g - g - 1.0) > 1e-15:
    g = 1.0 + 1.0 / g
    n += 1
print(n, g, (1.0 + math.sqrt(5.0)) / 2.0)
s = 0.5
for i in range(30):
    s = math.sqrt(s + 2.0)
print(s)
