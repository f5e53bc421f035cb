/* list[T]: a growable array of 8-byte values (1-byte 0 / 1 for list[bool],
 * ADR 0013; pyrite.h's pyr_list_item / pyr_list_put hide the difference), and
 * the list methods that are not slicing (list_slice.c), sorting (list_sort.c)
 * or reductions (list_reduce.c).
 *
 * Elements cross the ABI as int64 "bits" (an int, a bool, a double's bits or an
 * object pointer), so one entry point serves every element type; the list's
 * descriptor says which. Messages are CPython 3.11's. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"


/* The growth path of pyr_list_reserve, kept out of line: then reserve, and
 * append with it, stay small enough for the inline module (crt_inline.py), so
 * compiled code appends without a call while there is room. */
static __attribute__((noinline)) int grow(PyrList *l, int64_t need) {
    if (need > INT64_MAX / 16) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return 0;
    }
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6); /* CPython's growth pattern */
    void *items = pyr_mem_realloc(l->items, (size_t)cap * pyr_list_width(l));
    if (!items) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return 0;
    }
    l->items = items;
    l->cap = cap;
    return 1;
}

/* Room for `need` items. A list being sorted has cap -1, so any growth marks it
 * as modified (list_sort.c checks that afterwards, as CPython does). */
int pyr_list_reserve(PyrList *l, int64_t need) { return need <= l->cap ? 1 : grow(l, need); }

PyrList *pyr_list_new(const PyrType *type, int64_t len) {
    PyrList *l = pyr_alloc(sizeof(PyrList), type);
    if (!l) return NULL;
    l->len = 0;
    l->cap = 0;
    l->items = NULL;
    if (len > 0) {
        if (!pyr_list_reserve(l, len)) {
            pyr_decref(&l->ob);
            return NULL;
        }
        memset(l->items, 0, (size_t)len * pyr_list_width(l));
        l->len = len;
    }
    return l;
}

int64_t pyr_list_len(PyrList *l) { return l->len; }

/* Stores into a fresh list's slot i (0 or NULL before): takes its own reference. */
void pyr_list_init(PyrList *l, int64_t i, int64_t bits) {
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, pyr_list_elem(l));
    pyr_list_put(l, i, v);
}

static int normalize(const PyrList *l, int64_t *i, const char *message) {
    if (*i < 0) *i += l->len;
    if (*i < 0 || *i >= l->len) {
        pyr_raise_cstr(PYR_IndexError, message);
        return 0;
    }
    return 1;
}

int64_t pyr_list_get(PyrList *l, int64_t i) {
    if (!normalize(l, &i, "list index out of range")) return 0;
    PyrValue v = pyr_list_item(l, i);
    pyr_value_incref(v, pyr_list_elem(l));
    return pyr_to_bits(v);
}

void pyr_list_set(PyrList *l, int64_t i, int64_t bits) {
    if (!normalize(l, &i, "list assignment index out of range")) return;
    PyrValue v = pyr_from_bits(bits), old = pyr_list_item(l, i);
    pyr_value_incref(v, pyr_list_elem(l));
    pyr_list_put(l, i, v);
    pyr_value_decref(old, pyr_list_elem(l));
}

void pyr_list_append(PyrList *l, int64_t bits) {
    if (!pyr_list_reserve(l, l->len + 1)) return;
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, pyr_list_elem(l));
    pyr_list_put(l, l->len, v);
    l->len++;
}

/* l.pop(i): the list's reference becomes the caller's. */
int64_t pyr_list_pop(PyrList *l, int64_t i) {
    if (l->len == 0) {
        pyr_raise_cstr(PYR_IndexError, "pop from empty list");
        return 0;
    }
    if (!normalize(l, &i, "pop index out of range")) return 0;
    PyrValue v = pyr_list_item(l, i);
    if (i < l->len - 1) /* pop() from the end, the common case, moves nothing */
        memmove(pyr_list_at(l, i), pyr_list_at(l, i + 1), (size_t)(l->len - i - 1) * pyr_list_width(l));
    l->len--;
    return pyr_to_bits(v);
}

/* del l[i] */
void pyr_list_delitem(PyrList *l, int64_t i) {
    if (!normalize(l, &i, "list assignment index out of range")) return;
    PyrValue v = pyr_list_item(l, i);
    memmove(pyr_list_at(l, i), pyr_list_at(l, i + 1), (size_t)(l->len - i - 1) * pyr_list_width(l));
    l->len--;
    pyr_value_decref(v, pyr_list_elem(l));
}

/* l.insert(i, x): i is clamped to the list, as CPython's ins1 does. */
void pyr_list_insert(PyrList *l, int64_t i, int64_t bits) {
    int64_t n = l->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!pyr_list_reserve(l, n + 1)) return;
    memmove(pyr_list_at(l, i + 1), pyr_list_at(l, i), (size_t)(n - i) * pyr_list_width(l));
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, pyr_list_elem(l));
    pyr_list_put(l, i, v);
    l->len++;
}

/* The first index in [start, stop) whose item equals v, -1 if none, -2 raised. */
static int64_t find(const PyrList *l, PyrValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int eq = pyr_value_eq(pyr_list_item(l, i), v, pyr_list_elem(l));
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

_Bool pyr_list_contains(PyrList *l, int64_t bits) { return find(l, pyr_from_bits(bits), 0, l->len) >= 0; }

/* l.index(x, start, stop); the compiler passes 0 and INT64_MAX when omitted. */
int64_t pyr_list_index(PyrList *l, int64_t bits, int64_t start, int64_t stop) {
    if (start < 0) {
        start += l->len;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += l->len;
        if (stop < 0) stop = 0;
    }
    PyrValue v = pyr_from_bits(bits);
    int64_t i = find(l, v, start, stop);
    if (i == -1) pyr_raise_with_repr(PYR_ValueError, "", v, pyr_list_elem(l), " is not in list");
    return i < 0 ? 0 : i;
}

int64_t pyr_list_count(PyrList *l, int64_t bits) {
    PyrValue v = pyr_from_bits(bits);
    int64_t count = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int eq = pyr_value_eq(pyr_list_item(l, i), v, pyr_list_elem(l));
        if (eq < 0) return 0;
        count += eq;
    }
    return count;
}

void pyr_list_remove(PyrList *l, int64_t bits) {
    int64_t i = find(l, pyr_from_bits(bits), 0, l->len);
    if (i == -1) pyr_raise_cstr(PYR_ValueError, "list.remove(x): x not in list");
    if (i >= 0) pyr_list_delitem(l, i);
}

/* Copies src's items [from, from + n) to dst's slots [at, at + n) (dst has the
 * room; the two may be one list, the ranges apart), each with a new reference. */
static void copy_items(PyrList *dst, int64_t at, const PyrList *src, int64_t from, int64_t n) {
    const PyrType *t = pyr_list_elem(dst);
    if (pyr_list_width(dst) == pyr_list_width(src))
        memcpy(pyr_list_at(dst, at), pyr_list_at(src, from), (size_t)n * pyr_list_width(dst));
    else
        for (int64_t i = 0; i < n; i++) pyr_list_put(dst, at + i, pyr_list_item(src, from + i));
    if (pyr_is_object(t))
        for (int64_t i = 0; i < n; i++) pyr_value_incref(pyr_list_item(dst, at + i), t);
}

/* l.extend(src) and l += src; src may be l itself. */
void pyr_list_extend(PyrList *l, PyrList *src) {
    int64_t n = src->len;
    if (n == 0 || !pyr_list_reserve(l, l->len + n)) return;
    copy_items(l, l->len, src, 0, n);
    l->len += n;
}

/* l.clear(): like CPython, an empty list is left untouched. */
void pyr_list_clear(PyrList *l) {
    if (!l->items) return;
    void *items = l->items;
    int64_t n = l->len;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    if (pyr_is_object(pyr_list_elem(l))) /* objects: the items are PyrValues */
        for (int64_t i = 0; i < n; i++) pyr_decref(((PyrValue *)items)[i].o);
    pyr_mem_free(items);
}

void pyr_list_reverse(PyrList *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        PyrValue t = pyr_list_item(l, i);
        pyr_list_put(l, i, pyr_list_item(l, j));
        pyr_list_put(l, j, t);
    }
}

/* A new list of l's type holding copies of n values. */
PyrList *pyr_list_from_values(const PyrType *type, const PyrValue *items, int64_t n) {
    PyrList *r = pyr_list_new(type, 0);
    if (!r || n == 0) return r;
    if (!pyr_list_reserve(r, n)) {
        pyr_decref(&r->ob);
        return NULL;
    }
    for (int64_t i = 0; i < n; i++) {
        pyr_value_incref(items[i], type->args[0]);
        pyr_list_put(r, i, items[i]);
    }
    r->len = n;
    return r;
}

/* l[from:from + n] as a new list of l's type (a slice with step 1; a copy with from 0, n len). */
PyrList *pyr_list_range_copy(PyrList *l, int64_t from, int64_t n) {
    PyrList *r = pyr_list_new(l->ob.type, 0);
    if (!r || n == 0) return r;
    if (!pyr_list_reserve(r, n)) {
        pyr_decref(&r->ob);
        return NULL;
    }
    copy_items(r, 0, l, from, n);
    r->len = n;
    return r;
}

PyrList *pyr_list_copy(PyrList *l) { return pyr_list_range_copy(l, 0, l->len); }

/* a + b */
PyrList *pyr_list_concat(PyrList *a, PyrList *b) {
    PyrList *r = pyr_list_new(a->ob.type, 0);
    if (!r) return NULL;
    if (!pyr_list_reserve(r, a->len + b->len)) {
        pyr_decref(&r->ob);
        return NULL;
    }
    copy_items(r, 0, a, 0, a->len);
    copy_items(r, a->len, b, 0, b->len);
    r->len = a->len + b->len;
    return r;
}

/* Appends l's first n items (all it has) k more times (l has room), doubling
 * the copied block each time: l->len stays a multiple of n. */
static void repeat_into(PyrList *l, int64_t n, int64_t k) {
    int64_t total = n * (k + 1);
    while (l->len < total) {
        int64_t chunk = l->len < total - l->len ? l->len : total - l->len;
        copy_items(l, l->len, l, 0, chunk);
        l->len += chunk;
    }
}

static int repeat_fits(int64_t len, int64_t n) {
    if (n > 0 && len > INT64_MAX / 16 / n) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return 0;
    }
    return 1;
}

/* l * n (and n * l) */
PyrList *pyr_list_repeat(PyrList *l, int64_t n) {
    if (n <= 0 || l->len == 0) return pyr_list_new(l->ob.type, 0);
    if (!repeat_fits(l->len, n)) return NULL;
    PyrList *r = pyr_list_copy(l);
    if (!r) return NULL;
    if (!pyr_list_reserve(r, l->len * n)) {
        pyr_decref(&r->ob);
        return NULL;
    }
    repeat_into(r, l->len, n - 1);
    return r;
}

/* l *= n */
void pyr_list_irepeat(PyrList *l, int64_t n) {
    if (n < 1) {
        pyr_list_clear(l);
        return;
    }
    if (n == 1 || l->len == 0 || !repeat_fits(l->len, n)) return;
    if (!pyr_list_reserve(l, l->len * n)) return;
    repeat_into(l, l->len, n - 1);
}
