/* C twin of bench/programs/primes.py */
#include <stdbool.h>
#include <stdio.h>

#ifndef N
#define N 500000
#endif

static bool is_prime(long n) {
    if (n < 2) return false;
    for (long d = 2; d * d <= n; d++)
        if (n % d == 0) return false;
    return true;
}

int main(void) {
    long count = 0;
    for (long n = 0; n < N; n++)
        if (is_prime(n)) count++;
    printf("%ld\n", count);
    return 0;
}
