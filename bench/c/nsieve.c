/* C twin of bench/programs/nsieve.py */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef N
#define N 9
#endif

static long nsieve(long limit) {
    bool *flags = malloc(limit + 1);
    for (long i = 0; i <= limit; i++) flags[i] = true;
    long count = 0;
    for (long i = 2; i <= limit; i++) {
        if (flags[i]) {
            count++;
            for (long k = i + i; k <= limit; k += i) flags[k] = false;
        }
    }
    free(flags);
    return count;
}

int main(void) {
    for (long m = N; m > N - 3; m--) {
        long limit = 10000L * (1L << m);
        printf("Primes up to %ld %ld\n", limit, nsieve(limit));
    }
    return 0;
}
