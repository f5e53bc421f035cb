/* sum, min, max, any, all over a list, as CPython 3.11's builtins compute them. */
#include <string.h>

#include "pyrite.h"

/* Must agree with pyrite.runtime.abi.OVERFLOW_MESSAGE. */
#define OVERFLOW_MESSAGE "integer overflow: the result does not fit in 64 bits"

/* sum(l, start) of ints (or bools): CPython's result is exact, so only the final
 * sum must fit in 64 bits; it is accumulated in 128 bits (hi:lo). */
int64_t pyr_list_sum_int(PyrList *l, int64_t start) {
    uint64_t lo = (uint64_t)start;
    int64_t hi = start < 0 ? -1 : 0;
    for (int64_t i = 0; i < l->len; i++) {
        int64_t x = pyr_list_item(l, i).i;
        uint64_t sum = lo + (uint64_t)x;
        hi += (x < 0 ? -1 : 0) + (sum < lo ? 1 : 0);
        lo = sum;
    }
    if (hi != ((int64_t)lo < 0 ? -1 : 0)) {
        pyr_raise_cstr(PYR_OverflowError, OVERFLOW_MESSAGE);
        return 0;
    }
    return (int64_t)lo;
}

/* sum(l, start) of floats: 3.11 adds left to right, uncompensated (3.12 changed
 * that). An int start (0 by default) first becomes a float, as int + float does. */
double pyr_list_sum_float(PyrList *l, double start) {
    double total = start;
    for (int64_t i = 0; i < l->len; i++) total += pyr_list_item(l, i).f;
    return total;
}

/* The index of min (op PYR_LT) or max (op PYR_GT) of keys: an item replaces the
 * best so far when `item OP best`, so the first of equals wins and NaN behaves as
 * in CPython. -1 with ValueError when empty, -2 if a comparison raised. */
static int64_t best_index(const PyrList *keys, int op) {
    if (keys->len == 0) {
        pyr_raise_cstr(PYR_ValueError, op == PYR_LT ? "min() arg is an empty sequence" : "max() arg is an empty sequence");
        return -1;
    }
    int64_t best = 0;
    for (int64_t i = 1; i < keys->len; i++) {
        int better = pyr_value_richcmp(pyr_list_item(keys, i), pyr_list_item(keys, best), pyr_list_elem(keys), op);
        if (better < 0) return -2;
        if (better) best = i;
    }
    return best;
}

static int64_t item_at(const PyrList *l, int64_t i) {
    if (i < 0) return 0;
    PyrValue v = pyr_list_item(l, i);
    pyr_value_incref(v, pyr_list_elem(l));
    return pyr_to_bits(v);
}

int64_t pyr_list_min(PyrList *l) { return item_at(l, best_index(l, PYR_LT)); }
int64_t pyr_list_max(PyrList *l) { return item_at(l, best_index(l, PYR_GT)); }

/* min(l, key=f) / max(l, key=f), with keys[i] = f(l[i]) computed by the caller. */
int64_t pyr_list_min_keyed(PyrList *l, PyrList *keys) { return item_at(l, best_index(keys, PYR_LT)); }
int64_t pyr_list_max_keyed(PyrList *l, PyrList *keys) { return item_at(l, best_index(keys, PYR_GT)); }

_Bool pyr_list_any(PyrList *l) {
    for (int64_t i = 0; i < l->len; i++)
        if (pyr_value_truth(pyr_list_item(l, i), pyr_list_elem(l))) return 1;
    return 0;
}

_Bool pyr_list_all(PyrList *l) {
    for (int64_t i = 0; i < l->len; i++)
        if (!pyr_value_truth(pyr_list_item(l, i), pyr_list_elem(l))) return 0;
    return 1;
}
