/* C twin of bench/programs/fib.py */
#include <stdio.h>

#ifndef N
#define N 34
#endif

static long fib(long n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("%ld\n", fib(N));
    return 0;
}
