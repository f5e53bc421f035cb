/* A fast path for sorting by int, bool or float keys: a stable LSD radix sort.
 *
 * Why it gives CPython's result: for keys that "<" orders totally (ints, bools,
 * floats without NaN, where -0.0 and 0.0 are equal), every stable sort yields
 * the same permutation, CPython's included. Floats are mapped to unsigned
 * integers that order as the floats do, -0.0 first turned into 0.0 so that the
 * two stay equal (the items themselves keep their bits). With a NaN key the
 * order is not total and the caller uses the timsort instead.
 *
 * reverse=True is done as CPython does it (reverse, stable sort, reverse), so
 * equal keys keep their original order. Eight passes of 8 bits, skipping a
 * pass when every key has the same byte there (small ints skip most). */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

typedef struct Record {
    uint64_t key;
    PyrValue item;
} Record;

/* An unsigned integer that orders as the key does; 0 if the key is NaN. */
static int sort_key(PyrValue k, int kind, uint64_t *out) {
    uint64_t bits = (uint64_t)k.i;
    if (kind != PYR_FLOAT) {
        *out = bits ^ ((uint64_t)1 << 63); /* two's complement -> offset binary */
        return 1;
    }
    if (k.f != k.f) return 0;
    if (k.f == 0.0) bits = 0; /* -0.0 == 0.0 */
    *out = bits >> 63 ? ~bits : bits | ((uint64_t)1 << 63);
    return 1;
}

static void reverse_records(Record *r, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Record t = r[i];
        r[i] = r[j];
        r[j] = t;
    }
}

/* Sorts r[0:n] by key, stably, using tmp[0:n]; returns the buffer holding the result. */
static Record *radix(Record *r, Record *tmp, int64_t n) {
    int64_t count[8][256];
    memset(count, 0, sizeof count);
    for (int64_t i = 0; i < n; i++)
        for (int b = 0; b < 8; b++) count[b][(r[i].key >> (8 * b)) & 0xFF]++;
    for (int b = 0; b < 8; b++) {
        int64_t *c = count[b];
        if (c[(r[0].key >> (8 * b)) & 0xFF] == n) continue; /* every key has this byte */
        int64_t pos = 0;
        for (int d = 0; d < 256; d++) {
            int64_t k = c[d];
            c[d] = pos;
            pos += k;
        }
        for (int64_t i = 0; i < n; i++) tmp[c[(r[i].key >> (8 * b)) & 0xFF]++] = r[i];
        Record *t = r;
        r = tmp;
        tmp = t;
    }
    return r;
}

/* Sorts items[0:n] by keys[0:n] (keys NULL: by the items) when the keys allow it.
 * 1: sorted; 0: not applicable (NaN, another kind, too short, no memory). The
 * keys themselves are left as they were. */
int pyr_radix_sort(PyrValue *items, const PyrValue *keys, int64_t n, int kind, int reverse) {
    if (n < 256 || (kind != PYR_INT && kind != PYR_BOOL && kind != PYR_FLOAT)) return 0;
    Record *buf = pyr_mem_alloc((size_t)(2 * n) * sizeof(Record));
    if (!buf) return 0;
    for (int64_t i = 0; i < n; i++) {
        if (!sort_key(keys ? keys[i] : items[i], kind, &buf[i].key)) {
            pyr_mem_free(buf);
            return 0;
        }
        buf[i].item = items[i];
    }
    if (reverse) reverse_records(buf, n);
    Record *sorted = radix(buf, buf + n, n);
    for (int64_t i = 0; i < n; i++) items[reverse ? n - 1 - i : i] = sorted[i].item;
    pyr_mem_free(buf);
    return 1;
}
