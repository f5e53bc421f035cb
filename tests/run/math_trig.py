# Trigonometric and hyperbolic functions from the math module.
import math

print(math.sin(1.0), math.cos(1.0), math.tan(1.0))
print(math.sin(0.0), math.cos(0.0), math.tan(0.0), math.sin(-0.0))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5))
print(math.sin(math.pi), math.cos(math.pi), math.sin(math.pi / 2.0), math.cos(math.pi / 3.0))
print(math.asin(0.5), math.acos(0.5), math.atan(1.0), math.asin(1.0), math.acos(-1.0))
print(math.atan2(1.0, 1.0), math.atan2(-1.0, -1.0), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.atan2(1.0, 0.0), math.atan2(0.0, 0.0), math.atan(math.inf), math.atan(-2.0))
print(math.sinh(1.0), math.cosh(1.0), math.tanh(1.0), math.tanh(-0.5), math.sinh(0.0))
print(math.tanh(20.0), math.tanh(-30.0), math.cosh(0.0))
x = 0.0
while x < 3.0:
    print(x, math.sin(x), math.cos(x))
    x += 0.25
s = math.sin(0.7)
c = math.cos(0.7)
print(s * s + c * c)
