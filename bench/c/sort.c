/* C twin of bench/programs/sort.py */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef N
#define N 300000
#endif

static long seed = 99;

static long next_random(void) {
    seed = (seed * 1103515245 + 12345) % 2147483648L;
    return seed;
}

static void merge_sort(long *a, long *tmp, long lo, long hi) {
    if (hi - lo < 2) return;
    long mid = (lo + hi) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    long i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) a[k] = tmp[k];
}

static void insertion_sort(long *a, long lo, long hi) {
    for (long i = lo + 1; i <= hi; i++) {
        long value = a[i], j = i - 1;
        while (j >= lo && a[j] > value) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = value;
    }
}

static void quick_sort(long *a, long lo, long hi) {
    while (hi - lo > 16) {
        long pivot = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                long t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            quick_sort(a, lo, j);
            lo = i;
        } else {
            quick_sort(a, i, hi);
            hi = j;
        }
    }
    insertion_sort(a, lo, hi);
}

int main(void) {
    long *values = malloc(N * sizeof *values), *merged = malloc(N * sizeof *merged);
    long *quick = malloc(N * sizeof *quick), *tmp = calloc(N, sizeof *tmp);
    for (long i = 0; i < N; i++) values[i] = next_random();
    memcpy(merged, values, N * sizeof *values);
    merge_sort(merged, tmp, 0, N);
    memcpy(quick, values, N * sizeof *values);
    quick_sort(quick, 0, N - 1);
    long checksum = 0;
    for (long i = 0; i < N; i++) checksum += merged[i] * (i % 1000);
    printf("%ld %ld %ld\n%ld\n%s\n", merged[0], merged[N / 2], merged[N - 1], checksum,
           memcmp(merged, quick, N * sizeof *merged) == 0 ? "True" : "False");
    return 0;
}
