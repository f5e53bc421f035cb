/* C twin of bench/programs/fannkuch_redux.py */
#include <stdio.h>

#ifndef N
#define N 9
#endif

static long count_flips(long *perm, const long *start, long n) {
    for (long i = 0; i < n; i++) perm[i] = start[i];
    long flips = 0;
    long first = perm[0];
    while (first != 0) {
        for (long lo = 0, hi = first; lo < hi; lo++, hi--) {
            long t = perm[lo];
            perm[lo] = perm[hi];
            perm[hi] = t;
        }
        flips++;
        first = perm[0];
    }
    return flips;
}

static void fannkuch(long n, long *checksum, long *max_flips) {
    long start[32], perm[32], count[32];
    for (long i = 0; i < n; i++) { start[i] = i; perm[i] = 0; count[i] = 0; }
    long index = 0, r = n;
    *checksum = 0;
    *max_flips = 0;
    for (;;) {
        while (r != 1) { count[r - 1] = r; r--; }
        long flips = count_flips(perm, start, n);
        if (flips > *max_flips) *max_flips = flips;
        *checksum += index % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) return;
            long first = start[0];
            for (long i = 0; i < r; i++) start[i] = start[i + 1];
            start[r] = first;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        index++;
    }
}

int main(void) {
    long checksum, max_flips;
    fannkuch(N, &checksum, &max_flips);
    printf("%ld\nPfannkuchen(%d) = %ld\n", checksum, N, max_flips);
    return 0;
}
