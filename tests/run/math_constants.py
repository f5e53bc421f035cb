# math constants, and `from math import ...`.
import math
from math import sqrt, pi

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(pi, sqrt(2.0), pi == math.pi, math.tau == 2.0 * pi)
print(pi * 2.0, pi / 2.0, pi ** 2, math.e ** 2, sqrt(pi))
r = 2.5
area = pi * r * r
circumference = math.tau * r
print(area, circumference)
print(math.inf > 1e308, math.isnan(math.nan), math.inf - math.inf)


def circle_area(radius: float) -> float:
    return pi * radius ** 2


for k in range(1, 6):
    print(k, circle_area(float(k)), sqrt(circle_area(float(k)) / pi))
