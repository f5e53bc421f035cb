# f-strings: format specs for int, float, str, bool, conversions, and `=`.
x = 3.14159265
n = 1234567
neg = -42
name = "pyrite"
ok = True
print(f"{x:8.3f}|{x:<8.2f}|{x:^10.1f}|{x:+.4f}|{x:.0f}|{x:e}|{x:.2e}|{x:g}|{x:%}")
print(f"{n:5d}|{n:,}|{n:_}|{n:>12,}|{neg:05d}|{neg:+d}|{n:x}|{n:#X}|{n:o}|{n:b}|{255:#010b}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}|{name:.3}|{name!r}|{name!s}|{name!a}")
print(f"{ok}|{ok:>6}|{ok:d}|{not ok!r}|{n=}|{x=:.2f}|{name = }")
print(f"{1e20:,.2f}|{-0.0:.1f}|{float('inf'):>6}|{1.5:.0f}|{2.5:.0f}|{0.000123:.3g}")
print(f"{'héllo':>8}|{'é':ü^5}|{n % 7:3}|{x * 2:.3f}|{len(name):02d}")
width = 12
prec = 3
print(f"{x:{width}.{prec}f}|{name:>{width}}|{n:{'>'}{width},}")
items = [1, 2, 3]
print(f"{items}|{items!r}|{[name]}|{'literal'}|{{braces}}")
print(f"")
print(f"{n:n}|{x:n}|{12.0:g}|{1e-5:g}|{123456789.0:g}")
