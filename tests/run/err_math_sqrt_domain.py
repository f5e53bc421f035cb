# ValueError: math domain error from sqrt of a negative number.
import math

x = 2.0
while True:
    print(x, math.sqrt(x))
    x -= 1.5
