/* C twin of bench/programs/primes.py */
#include <stdio.h>

static int is_prime(long n) {
    if (n < 2) return 0;
    for (long d = 2; d * d <= n; d++)
        if (n % d == 0) return 0;
    return 1;
}

int main(void) {
    long count = 0;
    for (long n = 0; n < 500000; n++)
        if (is_prime(n)) count++;
    printf("%ld\n", count);
    return 0;
}
