/* range objects (ADR 0012): range(start, stop, step) as a value, with CPython
 * 3.11's semantics and messages. The length is not stored: it is computed when
 * needed, in unsigned arithmetic, because range(-2**63, 2**63 - 1) holds more
 * numbers than an int64 can count (CPython's len() of it raises OverflowError,
 * and so does the compiler's inline range_len; indexing, `in`, == and repr
 * work on it as in CPython). */
#include "pyrite.h"

const PyrType pyr_range_type = {PYR_RANGE, 0};

/* |step| as a uint64: 2**63 for INT64_MIN. */
static uint64_t magnitude(int64_t x) { return x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x; }

PyrRange *pyr_range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) {
        pyr_raise_cstr(PYR_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    PyrRange *r = pyr_alloc((int64_t)sizeof(PyrRange), &pyr_range_type);
    if (!r) return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}

int64_t pyr_range_start(PyrRange *r) { return r->start; }
int64_t pyr_range_stop(PyrRange *r) { return r->stop; }
int64_t pyr_range_step(PyrRange *r) { return r->step; }

uint64_t pyr_range_count(const PyrRange *r) {
    if (r->step > 0 ? r->start >= r->stop : r->start <= r->stop) return 0;
    uint64_t span = r->step > 0 ? (uint64_t)r->stop - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)r->stop;
    return (span - 1) / magnitude(r->step) + 1;
}

/* The k-th number, k < count: it lies between start and stop, so the wrapping
 * arithmetic gives it exactly. */
static int64_t item_at(const PyrRange *r, uint64_t k) {
    return (int64_t)((uint64_t)r->start + k * (uint64_t)r->step);
}

static void overflow(void) {
    pyr_raise_cstr(PYR_OverflowError, "integer overflow: the result does not fit in 64 bits");
}

/* r[i] */
int64_t pyr_range_getitem(PyrRange *r, int64_t i) {
    uint64_t n = pyr_range_count(r), k;
    if (i < 0) {
        uint64_t back = magnitude(i);
        if (back > n) goto out_of_range;
        k = n - back;
    } else {
        k = (uint64_t)i;
        if (k >= n) goto out_of_range;
    }
    return item_at(r, k);
out_of_range:
    pyr_raise_cstr(PYR_IndexError, "range object index out of range");
    return 0;
}

/* x in r */
_Bool pyr_range_contains(PyrRange *r, int64_t x) {
    if (r->step > 0 ? !(r->start <= x && x < r->stop) : !(r->stop < x && x <= r->start)) return 0;
    uint64_t offset = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
    return offset % magnitude(r->step) == 0;
}

/* r.index(x): the position of x, as CPython's range.index. */
int64_t pyr_range_index(PyrRange *r, int64_t x) {
    if (!pyr_range_contains(r, x)) {
        pyr_raise_with_repr(PYR_ValueError, "", pyr_from_bits(x), &pyr_int_type, " is not in range");
        return 0;
    }
    uint64_t offset = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
    uint64_t position = offset / magnitude(r->step);
    if (position > (uint64_t)INT64_MAX) { /* range(1, -2**63, -1).index(-2**63 + 1) is 2**63 */
        overflow();
        return 0;
    }
    return (int64_t)position;
}

/* start + k * step for -1 <= k <= n, exactly, or 0 with OverflowError (CPython's
 * compute_item, whose result may lie one step outside the range). */
static int compute_item(const PyrRange *r, int64_t k, uint64_t n, int64_t *out) {
    if (k >= 0 && (uint64_t)k < n) {
        *out = item_at(r, (uint64_t)k);
        return 1;
    }
    if (k == 0) { /* n == 0 */
        *out = r->start;
        return 1;
    }
    int failed = k < 0 ? __builtin_sub_overflow(r->start, r->step, out)
                       : __builtin_add_overflow(item_at(r, n - 1), r->step, out);
    if (failed) overflow();
    return !failed;
}

/* r[a:b:c]: a new range, as CPython's compute_slice. Pyrite's limits: the range
 * must count at most 2**63 - 1 numbers, and the new bounds must fit in 64 bits
 * (else OverflowError, never another answer). */
PyrRange *pyr_range_getslice(PyrRange *r, int64_t start, int64_t stop, int64_t step, int64_t omitted) {
    if (omitted & PYR_SLICE_NO_STEP) step = 1;
    if (step == 0) {
        pyr_raise_cstr(PYR_ValueError, "slice step cannot be zero");
        return NULL;
    }
    uint64_t n = pyr_range_count(r);
    if (n > (uint64_t)INT64_MAX) {
        overflow();
        return NULL;
    }
    PyrSlice s; /* the clamped bounds; its step is clamped too, so not used */
    if (!pyr_slice_indices((int64_t)n, start, stop, step, omitted, &s)) return NULL;
    int64_t new_start, new_stop, new_step;
    if (!compute_item(r, s.start, n, &new_start) || !compute_item(r, s.stop, n, &new_stop)) return NULL;
    if (__builtin_mul_overflow(r->step, step, &new_step)) {
        overflow();
        return NULL;
    }
    return pyr_range_new(new_start, new_stop, new_step);
}

/* CPython's range_equals: the same numbers in the same order. */
int pyr_range_equal(const PyrRange *a, const PyrRange *b) {
    uint64_t n = pyr_range_count(a);
    if (n != pyr_range_count(b)) return 0;
    if (n == 0) return 1;
    if (a->start != b->start) return 0;
    return n == 1 || a->step == b->step;
}
