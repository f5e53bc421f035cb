/* C twin of bench/programs/mandelbrot.py */
#include <stdio.h>

#ifndef N
#define N 500
#endif
#define LIMIT 300

static long escape(double cr, double ci, long limit) {
    double zr = 0.0, zi = 0.0;
    long n = 0;
    while (n < limit && zr * zr + zi * zi <= 4.0) {
        double next_zr = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = next_zr;
        n++;
    }
    return n;
}

static long mandelbrot(long size, long limit) {
    long total = 0;
    for (long y = 0; y < size; y++) {
        double ci = -1.5 + 3.0 * y / size;
        for (long x = 0; x < size; x++) {
            double cr = -2.0 + 3.0 * x / size;
            total += escape(cr, ci, limit);
        }
    }
    return total;
}

int main(void) {
    printf("%ld\n", mandelbrot(N, LIMIT));
    return 0;
}
