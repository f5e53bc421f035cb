/* C twin of bench/programs/list_sort.py: qsort of an array of longs. */
#include <stdio.h>
#include <stdlib.h>

#ifndef N
#define N 1000000L
#endif

static int by_value(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    long n = N, seed = 12345;
    long *xs = malloc(n * sizeof *xs);
    for (long i = 0; i < n; i++) {
        seed = (seed * 1103515245L + 12345) % 2147483648L;
        xs[i] = seed - 1073741824L;
    }
    qsort(xs, n, sizeof *xs, by_value);
    long check = 0;
    for (long i = 0; i < n; i += 1000) {
        check = ((check * 31 + xs[i]) % 1000000007 + 1000000007) % 1000000007;
    }
    printf("%ld %ld %ld %ld\n", xs[0], xs[n / 2], xs[n - 1], check);
    free(xs);
    return 0;
}
