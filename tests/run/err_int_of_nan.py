# ValueError: cannot convert float NaN to integer.

print(int(2.5), int(-2.5))
inf = float("inf")
nan = inf - inf
print(nan)
print(int(nan))
