# pyrite: overflow
# -(-2**63) is 2**63, one more than the largest 64-bit int.

smallest = -9223372036854775807 - 1
print(smallest)
print(smallest + 1, -(smallest + 1))
negated = -smallest
print(negated)
