# Float rounding errors accumulate exactly as IEEE double arithmetic dictates.

total = 0.0
for i in range(1000):
    total += 0.001
print(total)
harmonic = 0.0
for k in range(1, 2001):
    harmonic += 1.0 / k
print(harmonic)
backward = 0.0
k = 2000
while k >= 1:
    backward += 1.0 / k
    k -= 1
print(backward, backward == harmonic, backward - harmonic)
alt = 0.0
sign = 1.0
for k in range(1, 10001):
    alt += sign / k
    sign = -sign
print(alt)
prod = 1.0
for k in range(1, 31):
    prod *= 1.0 + 1.0 / k
print(prod)
kahan = 0.0
comp = 0.0
for i in range(1000):
    y = 0.001 - comp
    t = kahan + y
    comp = (t - kahan) - y
    kahan = t
print(kahan, comp)
