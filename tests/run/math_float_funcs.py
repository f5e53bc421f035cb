# fabs, fmod, hypot, copysign and the classification predicates.
import math

print(math.fabs(-2.5), math.fabs(2.5), math.fabs(-0.0), math.fabs(-7.0))
print(math.fmod(7.0, 3.0), math.fmod(-7.0, 3.0), math.fmod(7.0, -3.0), math.fmod(-7.0, -3.0))
print(math.fmod(7.5, 2.0), math.fmod(-0.0, 1.0), math.fmod(1.0, math.inf), math.fmod(5.0, 0.5))
print(-7.0 % 3.0, math.fmod(-7.0, 3.0))
print(math.hypot(3.0, 4.0), math.hypot(5.0, 12.0), math.hypot(-8.0, 15.0), math.hypot(0.0, 0.0))
print(math.hypot(1.0, 1.0), math.hypot(math.inf, 1.0), math.hypot(0.0, -2.5))
print(math.copysign(2.0, -1.0), math.copysign(-2.0, 1.0), math.copysign(0.0, -0.0), math.copysign(5.0, -0.0))
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(math.inf))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isinf(math.nan))
print(math.isfinite(0.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(-1e-320))
x = 1e307
n = 0
while math.isfinite(x):
    x = x * 3.0
    n += 1
print(n, x, math.isinf(x))
