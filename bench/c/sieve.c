/* C twin of bench/programs/sieve.py: one byte per flag. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef N
#define N 10000000L
#endif

int main(void) {
    long n = N;
    bool *flags = malloc(n + 1);
    for (long i = 0; i <= n; i++) flags[i] = true;
    flags[0] = flags[1] = false;
    for (long i = 2; i * i <= n; i++)
        if (flags[i])
            for (long k = i * i; k <= n; k += i) flags[k] = false;
    long count = 0, last = 0;
    for (long i = 0; i <= n; i++)
        if (flags[i]) count++, last = i;
    printf("%ld %ld\n", count, last);
    free(flags);
    return 0;
}
