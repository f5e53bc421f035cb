/* tuple: fixed, heterogeneous (tuple[A, B]) or homogeneous (tuple[T, ...], a
 * descriptor with nargs -1); built item by item right after allocation.
 * Comparison and hashing are pyr_compare / pyr_hash (value.c). */
#include <string.h>

#include "pyrite.h"

static const PyrType *item_type(const PyrTuple *t, int64_t i) { return pyr_tuple_item_type(t->ob.type, i); }

PyrTuple *pyr_tuple_new(const PyrType *type, int64_t len) {
    if (len < 0 || len > INT64_MAX / 16) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return NULL;
    }
    PyrTuple *t = pyr_alloc((int64_t)sizeof(PyrTuple) + len * (int64_t)sizeof(PyrValue), type);
    if (!t) return NULL;
    t->len = len;
    memset(t->items, 0, (size_t)len * sizeof(PyrValue));
    return t;
}

void pyr_tuple_init(PyrTuple *t, int64_t i, int64_t bits) {
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, item_type(t, i));
    t->items[i] = v;
}

/* t[i] for a constant i the compiler has checked. */
int64_t pyr_tuple_get(PyrTuple *t, int64_t i) {
    PyrValue v = t->items[i];
    pyr_value_incref(v, item_type(t, i));
    return pyr_to_bits(v);
}

int64_t pyr_tuple_len(PyrTuple *t) { return t->len; }

/* t[i] for tuple[T, ...], with CPython's check. */
int64_t pyr_tuple_getitem(PyrTuple *t, int64_t i) {
    if (i < 0) i += t->len;
    if (i < 0 || i >= t->len) {
        pyr_raise_cstr(PYR_IndexError, "tuple index out of range");
        return 0;
    }
    return pyr_tuple_get(t, i);
}

/* A new tuple of `type` whose items are src[start + k*step], k < len. */
static PyrTuple *gather(const PyrTuple *src, int64_t start, int64_t step, int64_t len, const PyrType *type) {
    PyrTuple *r = pyr_tuple_new(type, len);
    if (!r) return NULL;
    for (int64_t k = 0; k < len; k++) {
        int64_t i = start + k * step;
        r->items[k] = src->items[i];
        pyr_value_incref(src->items[i], item_type(src, i));
    }
    return r;
}

/* t[start:stop:step]; the compiler gives the result's descriptor. */
PyrTuple *pyr_tuple_getslice(PyrTuple *t, int64_t start, int64_t stop, int64_t step, int64_t omitted,
                             const PyrType *result_type) {
    PyrSlice s;
    if (!pyr_slice_indices(t->len, start, stop, step, omitted, &s)) return NULL;
    return gather(t, s.start, s.step, s.len, result_type);
}

/* a + b */
PyrTuple *pyr_tuple_concat(PyrTuple *a, PyrTuple *b, const PyrType *result_type) {
    PyrTuple *r = pyr_tuple_new(result_type, a->len + b->len);
    if (!r) return NULL;
    for (int64_t i = 0; i < a->len; i++) pyr_tuple_init(r, i, pyr_to_bits(a->items[i]));
    for (int64_t i = 0; i < b->len; i++) pyr_tuple_init(r, a->len + i, pyr_to_bits(b->items[i]));
    return r;
}

/* t * n; the compiler gives the result's descriptor (t's own for a tuple[T, ...],
 * a longer fixed one for `(a, b) * 2`). */
PyrTuple *pyr_tuple_repeat(PyrTuple *t, int64_t n, const PyrType *result_type) {
    if (n <= 0) n = 0;
    if (n > 0 && t->len > INT64_MAX / 16 / n) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return NULL;
    }
    PyrTuple *r = pyr_tuple_new(result_type, t->len * n);
    if (!r) return NULL;
    for (int64_t i = 0; i < t->len * n; i++) pyr_tuple_init(r, i, pyr_to_bits(t->items[i % t->len]));
    return r;
}

/* The first index in [start, stop) whose item equals v; -1 none, -2 raised. */
static int64_t find(const PyrTuple *t, PyrValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int eq = pyr_value_eq(t->items[i], v, item_type(t, i));
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

/* x in t (every item of t has x's type) */
_Bool pyr_tuple_contains(PyrTuple *t, int64_t bits) { return find(t, pyr_from_bits(bits), 0, t->len) >= 0; }

int64_t pyr_tuple_count(PyrTuple *t, int64_t bits) {
    int64_t count = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int eq = pyr_value_eq(t->items[i], pyr_from_bits(bits), item_type(t, i));
        if (eq < 0) return 0;
        count += eq;
    }
    return count;
}

/* t.index(x, start, stop); the compiler passes 0 and INT64_MAX when omitted. */
int64_t pyr_tuple_index(PyrTuple *t, int64_t bits, int64_t start, int64_t stop) {
    if (start < 0) {
        start += t->len;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += t->len;
        if (stop < 0) stop = 0;
    }
    int64_t i = find(t, pyr_from_bits(bits), start, stop);
    if (i == -1) pyr_raise_cstr(PYR_ValueError, "tuple.index(x): x not in tuple");
    return i < 0 ? 0 : i;
}
