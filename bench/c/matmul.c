/* C twin of bench/programs/matmul.py */
#include <stdlib.h>
#include "pyfloat.h"

#ifndef N
#define N 250
#endif

static long seed = 42;

static double rand_float(void) {
    seed = (seed * 1103515245 + 12345) % 2147483648L;
    return (double)seed / 2147483648.0 - 0.5;
}

static double **random_matrix(long n) {
    double **rows = malloc(n * sizeof *rows);
    for (long i = 0; i < n; i++) {
        rows[i] = malloc(n * sizeof **rows);
        for (long j = 0; j < n; j++) rows[i][j] = rand_float();
    }
    return rows;
}

static double **matmul(double **a, double **b, long n) {
    double **c = malloc(n * sizeof *c);
    for (long i = 0; i < n; i++) c[i] = calloc(n, sizeof **c);
    for (long i = 0; i < n; i++) {
        double *ai = a[i], *ci = c[i];
        for (long k = 0; k < n; k++) {
            double aik = ai[k];
            double *bk = b[k];
            for (long j = 0; j < n; j++) ci[j] += aik * bk[j];
        }
    }
    return c;
}

int main(void) {
    double **a = random_matrix(N);
    double **b = random_matrix(N);
    double **c = matmul(a, b, N);
    double total = 0.0;
    for (long i = 0; i < N; i++)
        for (long j = 0; j < N; j++) total += c[i][j];
    print_float(total);
    print_float(c[0][0]);
    print_float(c[N - 1][N - 1]);
    return 0;
}
