"""Mandelbrot escape-time counts over an N x N grid: float arithmetic in a tight loop."""
# bench: quick N=80

N = 500
LIMIT = 300


def escape(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


def mandelbrot(size: int, limit: int) -> int:
    total = 0
    for y in range(size):
        ci = -1.5 + 3.0 * y / size
        for x in range(size):
            cr = -2.0 + 3.0 * x / size
            total += escape(cr, ci, limit)
    return total


print(mandelbrot(N, LIMIT))
