# pyrite: overflow
# math.factorial(25) is larger than 2**63 - 1.
import math

for n in range(18, 26):
    print(n, math.factorial(n))
