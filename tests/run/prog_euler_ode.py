# Euler's method and a midpoint (RK2) method for y' = f(t, y), against the exact solution.
import math


def deriv(t: float, y: float) -> float:
    return y - t * t + 1.0


def exact(t: float) -> float:
    return (t + 1.0) ** 2 - 0.5 * math.exp(t)


def euler(t_end: float, steps: int) -> float:
    h = t_end / steps
    t = 0.0
    y = 0.5
    for i in range(steps):
        y = y + h * deriv(t, y)
        t = t + h
    return y


def midpoint(t_end: float, steps: int) -> float:
    h = t_end / steps
    t = 0.0
    y = 0.5
    for i in range(steps):
        k1 = deriv(t, y)
        k2 = deriv(t + h / 2.0, y + h / 2.0 * k1)
        y += h * k2
        t += h
    return y


steps = 4
while steps <= 1024:
    e = euler(2.0, steps)
    m = midpoint(2.0, steps)
    print(steps, e, m, abs(e - exact(2.0)), abs(m - exact(2.0)))
    steps *= 2
print("exact", exact(2.0))
# Cooling: dT/dt = -k (T - ambient)
temp = 90.0
k = 0.07
for minute in range(0, 31):
    if minute % 5 == 0:
        print(minute, round(temp, 3))
    temp += -k * (temp - 20.0)
