# ValueError: math domain error from log(0).
import math

x = 3.0
for i in range(6):
    print(x, math.log(x))
    x = x - 1.0
