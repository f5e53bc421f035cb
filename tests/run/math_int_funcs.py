# floor/ceil/trunc give ints; gcd and factorial take ints.
import math

print(math.floor(2.5), math.floor(-2.5), math.floor(3.0), math.floor(-3.0), math.floor(-0.1))
print(math.ceil(2.5), math.ceil(-2.5), math.ceil(3.0), math.ceil(-3.0), math.ceil(0.1))
print(math.trunc(2.5), math.trunc(-2.5), math.trunc(0.9), math.trunc(-0.9))
print(math.floor(1e18), math.ceil(-1e18), math.floor(4.5e15 + 0.5), math.trunc(123456789.75))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 5), math.gcd(0, 0))
print(math.gcd(17, 5), math.gcd(1071, 462), math.gcd(2 ** 40, 6 ** 20), math.gcd(-7, 0))
for n in range(0, 21):
    print(n, math.factorial(n))
x = 0.0
while x < 3.0:
    print(x, math.floor(x * 1.5), math.ceil(x * 1.5), math.floor(-x), math.ceil(-x))
    x += 0.4
