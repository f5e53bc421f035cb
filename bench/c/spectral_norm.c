/* C twin of bench/programs/spectral_norm.py */
#include <math.h>
#include "pyfloat.h"

#ifndef N
#define N 350
#endif

static double entry(long i, long j) {
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void times_a(const double *v, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double total = 0.0;
        for (long j = 0; j < n; j++) total += entry(i, j) * v[j];
        out[i] = total;
    }
}

static void times_a_transposed(const double *v, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double total = 0.0;
        for (long j = 0; j < n; j++) total += entry(j, i) * v[j];
        out[i] = total;
    }
}

static void times_ata(const double *v, double *out, double *tmp, long n) {
    times_a(v, tmp, n);
    times_a_transposed(tmp, out, n);
}

static double spectral_norm(long n) {
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    for (long i = 0; i < n; i++) { u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0; }
    for (int round = 0; round < 10; round++) {
        times_ata(u, v, tmp, n);
        times_ata(v, u, tmp, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    free(u); free(v); free(tmp);
    return sqrt(vbv / vv);
}

int main(void) {
    print_float(spectral_norm(N));
    return 0;
}
