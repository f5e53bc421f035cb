/* C twin of bench/programs/queens_lists.py: the same backtracking over bool arrays. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#ifndef N
#define N 10
#endif

static bool cols[N], up[2 * N], down[2 * N];
static int board[N], first[N], have_first;

static long place(int row, int n) {
    if (row == n) {
        if (!have_first) memcpy(first, board, sizeof board), have_first = 1;
        return 1;
    }
    long found = 0;
    for (int c = 0; c < n; c++) {
        if (!cols[c] && !up[row + c] && !down[row - c + n - 1]) {
            cols[c] = up[row + c] = down[row - c + n - 1] = true;
            board[row] = c;
            found += place(row + 1, n);
            cols[c] = up[row + c] = down[row - c + n - 1] = false;
        }
    }
    return found;
}

int main(void) {
    long total = 0;
    for (int r = 0; r < 10; r++) {
        have_first = 0;
        total += place(0, N);
    }
    printf("%ld [", total / 10);
    for (int i = 0; i < N; i++) printf(i ? ", %d" : "%d", first[i]);
    printf("]\n");
    return 0;
}
