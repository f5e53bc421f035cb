# %-formatting with a tuple literal or a single value.
a = 7
b = 3.14159
c = "text"
print("%d %5.2f %s" % (a, b, c))
print("%s" % c, "%d%%" % 50, "%05d|%-5d|%+d" % (a, a, a), "%x %X %o" % (255, 255, 8))
print("%e|%.3e|%g|%10.4f|%-10.1f|" % (b, b, b, b, b))
print("%r %s %r" % (c, True, 1.5), "%c%c" % ("a", 66), "%i" % 12)
print("[%8s][%-8s][%.2s]" % (c, c, c), "%s" % [1, 2], "%s and %s" % (1, "two"))
names = ["alpha", "beta"]
counts = [1, 22]
ratios = [0.5, 12.25]
for i in range(2):
    print("%-6s %4d %7.3f" % (names[i], counts[i], ratios[i]))
print("%(x)s" if False else "%s%s" % ("a", "b"))
print("%5.1f%%" % (a / 3 * 100))
