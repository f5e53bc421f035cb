# A table of powers and roots, formatted with f-strings, str.format and %.
import math

print(f"{'n':>3} {'n**2':>6} {'n**3':>8} {'sqrt':>8} {'log':>9} {'hex':>5} {'bin':>8}")
for n in range(1, 13):
    print(f"{n:>3} {n ** 2:>6,} {n ** 3:>8,} {math.sqrt(n):>8.4f} {math.log(n):>9.3e} {n:>#5x} {n:>08b}")
print("=" * 52)
for x in [0.5, 1.0, 2.0, 10.0, 1234.5678]:
    print("{:>10.3f} {:>12.4e} {:>10.2%} {:<8g}|".format(x, x, x / 100, x))
for n in [0, 7, -7, 1000000, -123456789]:
    print("%12d|%-12d|%+12d|%012d|%12s" % (n, n, n, n, str(n)))
