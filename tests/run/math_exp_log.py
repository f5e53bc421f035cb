# Exponentials, logarithms and square roots from the math module.
import math

print(math.sqrt(2.0), math.sqrt(4.0), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-300))
print(math.exp(0.0), math.exp(1.0), math.exp(-1.0), math.exp(0.5), math.exp(-1000.0))
print(math.log(1.0), math.log(math.e), math.log(10.0), math.log(0.5), math.log(1e300))
print(math.log2(8.0), math.log2(1024.0), math.log2(3.0), math.log2(0.125))
print(math.log10(1000.0), math.log10(2.0), math.log10(1e-10), math.log10(12345.0))
print(math.sqrt(math.inf), math.exp(math.inf), math.exp(-math.inf), math.log(math.inf))
for n in range(1, 11):
    print(n, math.sqrt(float(n)), math.log(float(n)), math.exp(float(n) / 10.0))
v = 2.0
for i in range(6):
    v = math.sqrt(v)
    print(i, v)
print(math.exp(math.log(10.0)), math.log(math.exp(2.0)))
