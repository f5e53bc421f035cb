"""Numba twin of bench/programs/mandelbrot.py."""

from numba import njit

N = 500
LIMIT = 300


@njit(cache=True)
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


@njit(cache=True)
def mandelbrot(size, limit):
    total = 0
    for y in range(size):
        ci = -1.5 + 3.0 * y / size
        for x in range(size):
            cr = -2.0 + 3.0 * x / size
            total += escape(cr, ci, limit)
    return total


print(int(mandelbrot(N, LIMIT)))
