# pyrite: overflow
# A running sum that walks past 2**63 - 1.

total = 9223372036854775000
step = 100
for i in range(20):
    total += step
    print(i, total)
