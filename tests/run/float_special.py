# inf, nan and signed zeros through arithmetic, comparisons, min/max and abs.
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, inf + 1.0, inf - inf, inf * 0.0, 0.0 * -1.0)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1.0, nan > 1.0)
print(1.0 / inf, -1.0 / inf, inf / inf, nan + 1.0, nan * 0.0, abs(-inf), abs(-0.0), abs(nan))
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
print(min(3.0, 1.0, 2.0), max(3.0, inf, 2.0), min(-inf, 0.0))
z = -0.0
print(z, -z, z + 0.0, z - 0.0, z * 5.0, z == 0.0, z < 0.0)
print(math.copysign(1.0, z), math.copysign(1.0, 0.0), math.copysign(3.0, -inf))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(nan), math.isfinite(1e308))
print(1e308 * 10.0, -1e308 * 10.0, 1e-323 / 1e10)
print(nan == 0.0 or nan != 0.0, not nan == nan)
big = 1e308
print(big + big, big - big, (big + big) - (big + big))
print(int(1e18), round(inf, 2), round(nan, 1), round(-inf, 0))
print(math.fabs(-inf), math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.0))
print(-0.0 + -0.0, -0.0 - 0.0, 0.0 - 0.0, -(0.0 - 0.0))
