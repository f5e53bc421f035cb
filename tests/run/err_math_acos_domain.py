# ValueError: math domain error from acos outside [-1, 1].
import math

c = 0.0
for i in range(10):
    print(c, math.acos(c))
    c += 1.0
