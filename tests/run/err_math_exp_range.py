# OverflowError: math range error from exp of a large number.
import math

x = 1.0
while True:
    print(x, math.exp(x))
    x = x * 10.0
