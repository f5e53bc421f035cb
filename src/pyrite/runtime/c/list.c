/* list[T]: a growable array of 8-byte values, and the list methods that are not
 * slicing (list_slice.c), sorting (list_sort.c) or reductions (list_reduce.c).
 *
 * Elements cross the ABI as int64 "bits" (an int, a bool, a double's bits or an
 * object pointer), so one entry point serves every element type; the list's
 * descriptor says which. Messages are CPython 3.11's. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"


/* Room for `need` items. A list being sorted has cap -1, so any growth marks it
 * as modified (list_sort.c checks that afterwards, as CPython does). */
int pyr_list_reserve(PyrList *l, int64_t need) {
    if (need <= l->cap) return 1;
    if (need > INT64_MAX / 16) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return 0;
    }
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6); /* CPython's growth pattern */
    PyrValue *items = pyr_mem_realloc(l->items, (size_t)cap * sizeof(PyrValue));
    if (!items) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return 0;
    }
    l->items = items;
    l->cap = cap;
    return 1;
}

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
        memset(l->items, 0, (size_t)len * sizeof(PyrValue));
        l->len = len;
    }
    return l;
}

int64_t pyr_list_len(PyrList *l) { return l->len; }

/* Stores into a fresh list's slot i (0 or NULL before): takes its own reference. */
void pyr_list_init(PyrList *l, int64_t i, int64_t bits) {
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, pyr_list_elem(l));
    l->items[i] = v;
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
    PyrValue v = l->items[i];
    pyr_value_incref(v, pyr_list_elem(l));
    return pyr_to_bits(v);
}

void pyr_list_set(PyrList *l, int64_t i, int64_t bits) {
    if (!normalize(l, &i, "list assignment index out of range")) return;
    PyrValue v = pyr_from_bits(bits), old = l->items[i];
    pyr_value_incref(v, pyr_list_elem(l));
    l->items[i] = v;
    pyr_value_decref(old, pyr_list_elem(l));
}

void pyr_list_append(PyrList *l, int64_t bits) {
    if (!pyr_list_reserve(l, l->len + 1)) return;
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, pyr_list_elem(l));
    l->items[l->len++] = v;
}

/* l.pop(i): the list's reference becomes the caller's. */
int64_t pyr_list_pop(PyrList *l, int64_t i) {
    if (l->len == 0) {
        pyr_raise_cstr(PYR_IndexError, "pop from empty list");
        return 0;
    }
    if (!normalize(l, &i, "pop index out of range")) return 0;
    PyrValue v = l->items[i];
    if (i < l->len - 1) /* pop() from the end, the common case, moves nothing */
        memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(PyrValue));
    l->len--;
    return pyr_to_bits(v);
}

/* del l[i] */
void pyr_list_delitem(PyrList *l, int64_t i) {
    if (!normalize(l, &i, "list assignment index out of range")) return;
    PyrValue v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(PyrValue));
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
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(PyrValue));
    PyrValue v = pyr_from_bits(bits);
    pyr_value_incref(v, pyr_list_elem(l));
    l->items[i] = v;
    l->len++;
}

/* The first index in [start, stop) whose item equals v, -1 if none, -2 raised. */
static int64_t find(const PyrList *l, PyrValue v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int eq = pyr_value_eq(l->items[i], v, pyr_list_elem(l));
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
        int eq = pyr_value_eq(l->items[i], v, pyr_list_elem(l));
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

/* Copies n values to dst, each with a new reference. */
static void copy_values(PyrValue *dst, const PyrValue *src, int64_t n, const PyrType *t) {
    memcpy(dst, src, (size_t)n * sizeof(PyrValue));
    if (pyr_is_object(t))
        for (int64_t i = 0; i < n; i++) pyr_value_incref(src[i], t);
}

/* l.extend(src) and l += src; src may be l itself. */
void pyr_list_extend(PyrList *l, PyrList *src) {
    int64_t n = src->len;
    if (n == 0 || !pyr_list_reserve(l, l->len + n)) return;
    copy_values(l->items + l->len, src->items, n, pyr_list_elem(l));
    l->len += n;
}

/* l.clear(): like CPython, an empty list is left untouched. */
void pyr_list_clear(PyrList *l) {
    if (!l->items) return;
    PyrValue *items = l->items;
    int64_t n = l->len;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    if (pyr_is_object(pyr_list_elem(l)))
        for (int64_t i = 0; i < n; i++) pyr_decref(items[i].o);
    pyr_mem_free(items);
}

void pyr_list_reverse(PyrList *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        PyrValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
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
    copy_values(r->items, items, n, type->args[0]);
    r->len = n;
    return r;
}

PyrList *pyr_list_copy(PyrList *l) { return pyr_list_from_values(l->ob.type, l->items, l->len); }

/* a + b */
PyrList *pyr_list_concat(PyrList *a, PyrList *b) {
    PyrList *r = pyr_list_new(a->ob.type, 0);
    if (!r) return NULL;
    if (!pyr_list_reserve(r, a->len + b->len)) {
        pyr_decref(&r->ob);
        return NULL;
    }
    copy_values(r->items, a->items, a->len, pyr_list_elem(a));
    copy_values(r->items + a->len, b->items, b->len, pyr_list_elem(a));
    r->len = a->len + b->len;
    return r;
}

/* Appends l's first n items k more times (l has room). */
static void repeat_into(PyrList *l, int64_t n, int64_t k) {
    for (int64_t j = 0; j < k; j++) {
        copy_values(l->items + l->len, l->items, n, pyr_list_elem(l));
        l->len += n;
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
    PyrList *r = pyr_list_from_values(l->ob.type, l->items, l->len);
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
