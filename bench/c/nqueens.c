/* C twin of bench/programs/nqueens.py */
#include <stdio.h>

#ifndef N
#define N 12
#endif

static long solutions(long cols, long left, long right, long full) {
    if (cols == full) return 1;
    long count = 0;
    long free = full & ~(cols | left | right);
    while (free != 0) {
        long bit = free & -free;
        free -= bit;
        count += solutions(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, full);
    }
    return count;
}

int main(void) {
    for (long n = 1; n <= N; n++)
        printf("%ld %ld\n", n, solutions(0, 0, 0, (1L << n) - 1));
    return 0;
}
