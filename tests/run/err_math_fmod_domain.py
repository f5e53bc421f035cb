# ValueError: math domain error from fmod(x, 0.0).
import math

print(math.fmod(7.0, 2.0))
print(math.fmod(-7.0, 2.0))
y = 0.0
print(math.fmod(1.0, y))
