/* C twin of bench/programs/sudoku.py */
#include <stdio.h>

#ifndef N
#define N 100
#endif
#define CLUES 26
#define CAP 200

static long seed = 7;

static long rand_below(long k) {
    seed = (seed * 1103515245 + 12345) % 2147483648L;
    return (seed >> 16) % k;
}

static void shuffled(long *items, long n) {
    for (long i = 0; i < n; i++) items[i] = i;
    for (long i = n - 1; i > 0; i--) {
        long j = rand_below(i + 1);
        long t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static void make_puzzle(long *grid) {
    long digits[9], rows[9], cols[9], three[3], order[81];
    shuffled(digits, 9);
    for (long band = 0; band < 3; band++) {
        shuffled(three, 3);
        for (long r = 0; r < 3; r++) rows[band * 3 + r] = band * 3 + three[r];
    }
    for (long stack = 0; stack < 3; stack++) {
        shuffled(three, 3);
        for (long c = 0; c < 3; c++) cols[stack * 3 + c] = stack * 3 + three[c];
    }
    for (long r = 0; r < 9; r++)
        for (long c = 0; c < 9; c++)
            grid[r * 9 + c] = digits[(rows[r] * 3 + rows[r] / 3 + cols[c]) % 9] + 1;
    shuffled(order, 81);
    for (long i = 0; i < 81 - CLUES; i++) grid[order[i]] = 0;
}

static long bit_count(long mask) {
    long count = 0;
    while (mask != 0) {
        mask &= mask - 1;
        count++;
    }
    return count;
}

static long fingerprint(const long *grid) {
    long h = 0;
    for (long cell = 0; cell < 81; cell++) h = (h * 31 + grid[cell]) % 1000000007L;
    return h;
}

static void search(long *grid, long *rows, long *cols, long *boxes, long *found) {
    long best = -1, best_count = 10, best_free = 0;
    for (long cell = 0; cell < 81; cell++) {
        if (grid[cell] == 0) {
            long r = cell / 9, c = cell % 9;
            long free = 511 & ~(rows[r] | cols[c] | boxes[r / 3 * 3 + c / 3]);
            long count = bit_count(free);
            if (count < best_count) {
                best = cell;
                best_count = count;
                best_free = free;
                if (count <= 1) break;
            }
        }
    }
    if (best < 0) {
        found[0]++;
        if (found[0] == 1) found[1] = fingerprint(grid);
        return;
    }
    long r = best / 9, c = best % 9, b = r / 3 * 3 + c / 3;
    long free = best_free;
    while (free != 0 && found[0] < CAP) {
        long bit = free & -free;
        free -= bit;
        grid[best] = bit_count(bit - 1) + 1;
        rows[r] |= bit;
        cols[c] |= bit;
        boxes[b] |= bit;
        search(grid, rows, cols, boxes, found);
        rows[r] ^= bit;
        cols[c] ^= bit;
        boxes[b] ^= bit;
    }
    grid[best] = 0;
}

static void solve(long *grid, long *found) {
    long rows[9] = {0}, cols[9] = {0}, boxes[9] = {0};
    for (long cell = 0; cell < 81; cell++) {
        if (grid[cell] != 0) {
            long bit = 1L << (grid[cell] - 1);
            rows[cell / 9] |= bit;
            cols[cell % 9] |= bit;
            boxes[cell / 27 * 3 + cell % 9 / 3] |= bit;
        }
    }
    found[0] = 0;
    found[1] = 0;
    search(grid, rows, cols, boxes, found);
}

int main(void) {
    long grid[81], found[2];
    for (long index = 0; index < N; index++) {
        make_puzzle(grid);
        solve(grid, found);
        printf("%ld %ld %ld\n", index, found[0], found[1]);
    }
    return 0;
}
