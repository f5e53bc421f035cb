# str.format with keyword fields, mixed with automatic and numbered ones, specs, conversions.

n = "né😀"
x = 1.5
print("{name}: {v:.2f}".format(name=n, v=x))
print("{0} {1} {0}".format(1, "a"), "{} and {}".format(x, n), "{1}{0}".format("b", "a"))
print("{a}-{b}-{a}".format(a=1, b=[1, 2]), "{} {k} {}".format(1, 2, k=3), "{0} {k}".format("p", k=(1, "q")))
print("{w:>8}|{w:<8}|{w:^9}|".format(w=n), "{n!r} {n!s} {n!a}".format(n=n), "{v:+.3e} {v:08.2f}".format(v=-x))
print("{x:{width}.{prec}f}".format(x=3.14159, width=10, prec=3), "{d}".format(d={"k": 1}, unused=0))
print("{{literal}} {val}".format(val=True), "{i:,} {i:#x}".format(i=1234567), "".format(a=1))
print("{first}{last}".format(last="z", first="a"), "{0}{k}{1}".format(1, 2, k=""))
print("{missing}".format(present=1))
