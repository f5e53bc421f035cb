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
 * equal keys keep their original order.
 *
 * The keys are first made relative to the smallest (key - min), and sorted by
 * bytes of that, so only the bytes the keys' range needs are passed over: a
 * million ints within +-2**30 take 4 passes, where sorting by the 8 bytes of the
 * full 64-bit key took 8 (the high bytes of negative and positive ints differ).
 * A pass where every key has the same byte is skipped. (11-bit digits, 3 passes,
 * measured slower: 2048 buckets scatter writes over too many cache lines.)
 *
 * Plain ints and bools (a list sorted by its own items) are sorted as 8-byte
 * keys made in the items' own array, with one buffer of n keys, not as 16-byte
 * (key, item) records in a buffer of 2n, and the items are rebuilt from the
 * keys. Equal ints are indistinguishable, so reverse=True is then an ascending
 * sort reversed. */
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

enum { DIGIT_BITS = 8, BUCKETS = 1 << DIGIT_BITS, MAX_DIGITS = (64 + DIGIT_BITS - 1) / DIGIT_BITS };

typedef int64_t Counts[MAX_DIGITS][BUCKETS];

static inline unsigned digit(uint64_t key, int d) { return (unsigned)(key >> (DIGIT_BITS * d)) & (BUCKETS - 1); }

/* How many digits the keys 0..range need. */
static int digits_for(uint64_t range) {
    int d = 0;
    for (; range; range >>= DIGIT_BITS) d++;
    return d;
}

/* Turns one digit's counts into start positions; 0 if one bucket holds all n keys
 * (the pass would move nothing). */
static int starts(int64_t *count, int64_t n) {
    int64_t pos = 0;
    for (int b = 0; b < BUCKETS; b++) {
        int64_t k = count[b];
        if (k == n) return 0;
        count[b] = pos;
        pos += k;
    }
    return 1;
}

/* Sorts r[0:n] by key, stably, using tmp[0:n]; returns the buffer holding the result. */
static Record *radix_records(Record *r, Record *tmp, int64_t n, int digits, Counts count) {
    for (int64_t i = 0; i < n; i++)
        for (int d = 0; d < digits; d++) count[d][digit(r[i].key, d)]++;
    for (int d = 0; d < digits; d++) {
        if (!starts(count[d], n)) continue;
        int64_t *c = count[d];
        for (int64_t i = 0; i < n; i++) tmp[c[digit(r[i].key, d)]++] = r[i];
        Record *t = r;
        r = tmp;
        tmp = t;
    }
    return r;
}

/* The same for bare keys. */
static uint64_t *radix_keys(uint64_t *r, uint64_t *tmp, int64_t n, int digits, Counts count) {
    for (int64_t i = 0; i < n; i++)
        for (int d = 0; d < digits; d++) count[d][digit(r[i], d)]++;
    for (int d = 0; d < digits; d++) {
        if (!starts(count[d], n)) continue;
        int64_t *c = count[d];
        for (int64_t i = 0; i < n; i++) tmp[c[digit(r[i], d)]++] = r[i];
        uint64_t *t = r;
        r = tmp;
        tmp = t;
    }
    return r;
}

/* items[0:n], ints or bools, sorted by themselves. 0 when out of memory. The keys
 * are made in place (an item's bits become its key), so the only buffer is one
 * of n keys: less memory to fault in than the list itself twice. */
static int sort_plain_ints(PyrValue *items, int64_t n, int reverse) {
    size_t keys_bytes = (size_t)n * sizeof(uint64_t);
    char *buf = pyr_mem_alloc(keys_bytes + sizeof(Counts));
    if (!buf) return 0;
    Counts *count = (Counts *)(buf + keys_bytes);
    int64_t lo = items[0].i, hi = items[0].i;
    for (int64_t i = 1; i < n; i++) {
        if (items[i].i < lo) lo = items[i].i;
        if (items[i].i > hi) hi = items[i].i;
    }
    uint64_t *keys = (uint64_t *)items; /* PyrValue is 8 bytes; .i is read and written as uint64_t */
    for (int64_t i = 0; i < n; i++) keys[i] = (uint64_t)items[i].i - (uint64_t)lo; /* orders as the ints do */
    memset(count, 0, sizeof(Counts));
    uint64_t *sorted = radix_keys(keys, (uint64_t *)buf, n, digits_for((uint64_t)hi - (uint64_t)lo), *count);
    if (reverse) {
        for (int64_t i = 0, j = n - 1; i < j; i++, j--) { /* sorted may be keys itself */
            uint64_t t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
    }
    for (int64_t i = 0; i < n; i++) items[i].i = (int64_t)(sorted[i] + (uint64_t)lo);
    pyr_mem_free(buf);
    return 1;
}

/* Sorts items[0:n] by keys[0:n] (keys NULL: by the items) when the keys allow it.
 * 1: sorted; 0: not applicable (NaN, another kind, too short, no memory). The
 * keys themselves are left as they were. */
int pyr_radix_sort(PyrValue *items, const PyrValue *keys, int64_t n, int kind, int reverse) {
    if (n < 256 || (kind != PYR_INT && kind != PYR_BOOL && kind != PYR_FLOAT)) return 0;
    if (!keys && kind != PYR_FLOAT) return sort_plain_ints(items, n, reverse);
    size_t records_bytes = (size_t)(2 * n) * sizeof(Record);
    char *buf = pyr_mem_alloc(records_bytes + sizeof(Counts));
    if (!buf) return 0;
    Record *records = (Record *)buf;
    Counts *count = (Counts *)(buf + records_bytes);
    uint64_t lo = UINT64_MAX, hi = 0;
    for (int64_t i = 0; i < n; i++) {
        uint64_t key;
        if (!sort_key(keys ? keys[i] : items[i], kind, &key)) {
            pyr_mem_free(buf);
            return 0;
        }
        records[i].key = key;
        records[i].item = items[i];
        if (key < lo) lo = key;
        if (key > hi) hi = key;
    }
    for (int64_t i = 0; i < n; i++) records[i].key -= lo;
    if (reverse) reverse_records(records, n);
    memset(count, 0, sizeof(Counts));
    Record *sorted = radix_records(records, records + n, n, digits_for(hi - lo), *count);
    for (int64_t i = 0; i < n; i++) items[reverse ? n - 1 - i : i] = sorted[i].item;
    pyr_mem_free(buf);
    return 1;
}
