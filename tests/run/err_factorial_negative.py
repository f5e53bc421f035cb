# ValueError from math.factorial of a negative number.
import math

n = 3
while True:
    print(n, math.factorial(n))
    n -= 1
