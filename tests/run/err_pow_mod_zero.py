# ValueError: pow() with a zero modulus.

m = 3
while True:
    print(m, pow(2, 5, m))
    m -= 1
