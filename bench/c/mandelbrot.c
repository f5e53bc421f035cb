/* C twin of bench/programs/mandelbrot.py */
#include <stdio.h>

static long escape(double cr, double ci, long limit) {
    double zr = 0.0, zi = 0.0;
    long n = 0;
    while (n < limit && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n += 1;
    }
    return n;
}

int main(void) {
    long size = 400, limit = 300, total = 0;
    for (long y = 0; y < size; y++) {
        double ci = -1.5 + 3.0 * (double)y / (double)size;
        for (long x = 0; x < size; x++) {
            double cr = -2.0 + 3.0 * (double)x / (double)size;
            total += escape(cr, ci, limit);
        }
    }
    printf("%ld\n", total);
    return 0;
}
