/* C twin of bench/programs/churn.py: malloc and free a small array and a string per step. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef N
#define N 10000000L
#endif

static long churn(long n) {
    long total = 0;
    for (long i = 0; i < n; i++) {
        long *xs = malloc(3 * sizeof(long));
        xs[0] = i, xs[1] = i + 1, xs[2] = i + 2;
        char digits[24];
        int len = snprintf(digits, sizeof digits, "%ld", i);
        char *s = malloc(len + 2);
        memcpy(s, digits, len);
        s[len] = '!', s[len + 1] = '\0';
        total += xs[1] + (long)strlen(s);
        free(s);
        free(xs);
    }
    return total;
}

int main(void) {
    printf("%ld\n", churn(N));
    return 0;
}
