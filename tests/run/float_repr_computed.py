# Floats produced by computation, printed with shortest round-trip repr.

x = 1.0
for i in range(25):
    x = x * 3.7
    print(i, x)
y = 1.0
for i in range(20):
    y = y / 7.0
    print(i, y)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
t = 1.0
while t + 1.0 != t:
    t *= 2.0
print(t)
eps = 1.0
while 1.0 + eps / 2.0 > 1.0:
    eps = eps / 2.0
print(eps)
tiny = 1.0
while tiny / 2.0 > 0.0:
    tiny = tiny / 2.0
print(tiny)
huge = 1.0
while huge * 2.0 != float("inf"):
    huge = huge * 2.0
print(huge)
