# `and` / `or` return one of their operands (same type on both sides).

print(0 or 5, 3 or 5, 0 and 5, 3 and 5, -1 and 0, 0 or 0)
print(0.0 or 2.5, 1.5 or 2.5, 0.0 and 2.5, 1.5 and 2.5)
print(True and False, True or False, False or False, False and True)
a = 0
b = 7
c = a or b
d = a and b
e = b and a or 9
print(c, d, e)
x = 0.0
y = x or -1.0
print(y)
limit = 0
default = 100
print(limit or default, (limit or default) * 2)
t = 3 > 2 and 2 > 1
f = 3 > 2 and 2 > 5
print(t, f, t or f, f or t)
