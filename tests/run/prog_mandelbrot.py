# Mandelbrot set: escape counts over a small grid, printed as numbers and as a picture.


def escape(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


rows = 12
cols = 24
for row in range(rows):
    ci = -1.2 + 2.4 * row / (rows - 1)
    for col in range(cols):
        cr = -2.1 + 2.7 * col / (cols - 1)
        print(escape(cr, ci, 50), end=" ")
    print()
for row in range(rows):
    ci = -1.2 + 2.4 * row / (rows - 1)
    for col in range(cols * 2):
        cr = -2.1 + 2.7 * col / (cols * 2 - 1)
        k = escape(cr, ci, 30)
        if k >= 30:
            print("#", end="")
        elif k > 8:
            print("+", end="")
        elif k > 3:
            print(".", end="")
        else:
            print(" ", end="")
    print("|")
total = 0
for row in range(40):
    for col in range(40):
        total += escape(-2.0 + col * 0.065, -1.3 + row * 0.065, 100)
print("total iterations", total)
