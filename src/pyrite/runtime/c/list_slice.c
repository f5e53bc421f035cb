/* Slices: l[a:b:c], l[a:b:c] = src, del l[a:b:c], with CPython 3.11's index
 * rules (PySlice_Unpack + PySlice_AdjustIndices) and messages. The compiler
 * passes start, stop and step as int64 plus a mask of the omitted ones
 * (PYR_SLICE_NO_START | PYR_SLICE_NO_STOP | PYR_SLICE_NO_STEP). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

static int64_t clamp_index(int64_t i, int64_t length, int64_t step) {
    if (i < 0) {
        i += length;
        if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) {
        i = step < 0 ? length - 1 : length;
    }
    return i;
}

int pyr_slice_indices(int64_t length, int64_t start, int64_t stop, int64_t step, int64_t omitted, PyrSlice *out) {
    if (omitted & PYR_SLICE_NO_STEP) step = 1;
    if (step == 0) {
        pyr_raise_cstr(PYR_ValueError, "slice step cannot be zero");
        return 0;
    }
    if (step < -INT64_MAX) step = -INT64_MAX; /* so that -step cannot overflow */
    if (omitted & PYR_SLICE_NO_START) start = step < 0 ? INT64_MAX : 0;
    if (omitted & PYR_SLICE_NO_STOP) stop = step < 0 ? INT64_MIN : INT64_MAX;
    start = clamp_index(start, length, step);
    stop = clamp_index(stop, length, step);
    out->start = start;
    out->stop = stop;
    out->step = step;
    if (step < 0)
        out->len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    else
        out->len = start < stop ? (stop - start - 1) / step + 1 : 0;
    return 1;
}


/* l[start:stop:step] */
PyrList *pyr_list_getslice(PyrList *l, int64_t start, int64_t stop, int64_t step, int64_t omitted) {
    PyrSlice s;
    if (!pyr_slice_indices(l->len, start, stop, step, omitted, &s)) return NULL;
    if (s.step == 1) return pyr_list_range_copy(l, s.start, s.len);
    PyrList *r = pyr_list_new(l->ob.type, s.len);
    if (!r) return NULL;
    for (int64_t k = 0; k < s.len; k++) pyr_list_init(r, k, pyr_to_bits(pyr_list_item(l, s.start + k * s.step)));
    return r;
}

/* Replaces l[lo:hi] by src's items (references taken; src NULL: none, src is
 * not l); returns the old items of a list of objects, for the caller to
 * release, in *old (from pyr_mem_alloc) -- CPython's list_ass_slice. */
static int replace_range(PyrList *l, int64_t lo, int64_t hi, const PyrList *src, PyrValue **old) {
    int64_t removed = hi - lo, n = src ? src->len : 0, delta = n - removed;
    const PyrType *t = pyr_list_elem(l);
    *old = NULL;
    if (removed > 0 && pyr_is_object(t)) {
        *old = pyr_mem_alloc((size_t)removed * sizeof(PyrValue));
        if (!*old) {
            pyr_raise_cstr(PYR_MemoryError, "");
            return 0;
        }
        memcpy(*old, pyr_list_at(l, lo), (size_t)removed * sizeof(PyrValue));
    }
    if (delta > 0 && !pyr_list_reserve(l, l->len + delta)) {
        pyr_mem_free(*old);
        *old = NULL;
        return 0;
    }
    if (delta != 0)
        memmove(pyr_list_at(l, hi + delta), pyr_list_at(l, hi), (size_t)(l->len - hi) * pyr_list_width(l));
    l->len += delta;
    for (int64_t i = 0; i < n; i++) {
        PyrValue v = pyr_list_item(src, i);
        pyr_value_incref(v, t);
        pyr_list_put(l, lo + i, v);
    }
    return 1;
}

static void release(PyrValue *values, int64_t n, const PyrType *t) {
    if (values && pyr_is_object(t))
        for (int64_t i = 0; i < n; i++) pyr_decref(values[i].o);
    pyr_mem_free(values);
}

static void assign_extended(PyrList *l, const PyrSlice *s, const PyrList *src) {
    if (src->len != s->len) {
        char msg[128];
        snprintf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)src->len, (long long)s->len);
        pyr_raise_cstr(PYR_ValueError, msg);
        return;
    }
    for (int64_t k = 0; k < s->len; k++) {
        int64_t i = s->start + k * s->step;
        PyrValue old = pyr_list_item(l, i), v = pyr_list_item(src, k);
        pyr_list_put(l, i, v);
        pyr_value_incref(v, pyr_list_elem(l));
        pyr_value_decref(old, pyr_list_elem(l));
    }
}

/* l[start:stop:step] = src (src of l's type; the compiler makes a list of any
 * other iterable first). src may be l itself. */
void pyr_list_setslice(PyrList *l, int64_t start, int64_t stop, int64_t step, int64_t omitted, PyrList *src) {
    PyrSlice s;
    if (!pyr_slice_indices(l->len, start, stop, step, omitted, &s)) return;
    PyrList *copy = NULL;
    if (src == l) {
        copy = pyr_list_copy(l);
        if (!copy) return;
        src = copy;
    }
    if (s.step == 1) {
        PyrValue *old;
        int64_t hi = s.stop < s.start ? s.start : s.stop;
        if (replace_range(l, s.start, hi, src, &old)) release(old, hi - s.start, pyr_list_elem(l));
    } else {
        assign_extended(l, &s, src);
    }
    if (copy) pyr_decref(&copy->ob);
}

/* del l[start:stop:step] */
void pyr_list_delslice(PyrList *l, int64_t start, int64_t stop, int64_t step, int64_t omitted) {
    PyrSlice s;
    if (!pyr_slice_indices(l->len, start, stop, step, omitted, &s)) return;
    if (s.step == 1) {
        PyrValue *old;
        int64_t hi = s.stop < s.start ? s.start : s.stop;
        if (replace_range(l, s.start, hi, NULL, &old)) release(old, hi - s.start, pyr_list_elem(l));
        return;
    }
    if (s.len <= 0) return;
    int64_t first = s.step > 0 ? s.start : s.start + s.step * (s.len - 1);
    int64_t stride = s.step > 0 ? s.step : -s.step, last = first + stride * (s.len - 1), out = first;
    for (int64_t i = first; i < l->len; i++) {
        if (i <= last && (i - first) % stride == 0)
            pyr_value_decref(pyr_list_item(l, i), pyr_list_elem(l));
        else
            pyr_list_put(l, out++, pyr_list_item(l, i));
    }
    l->len = out;
}
