# divmod on floats.

print(divmod(7.5, 2.0), divmod(-7.5, 2.0), divmod(7.5, -2.0), divmod(-7.5, -2.0))
print(divmod(6.0, 3.0), divmod(-6.0, 3.0), divmod(6.0, -3.0), divmod(0.0, -1.0))
print(divmod(1.0, 0.1), divmod(-1.0, 0.1), divmod(1e300, 1e-300))
print(divmod(7, 2.5), divmod(7.25, 2))
q, r = divmod(100.0, 7.0)
print(q, r, q * 7.0 + r)
q2, r2 = divmod(-100.5, 3.25)
print(q2, r2)
