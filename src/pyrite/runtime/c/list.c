/* list[T]: a growable array of 8-byte values. Elements cross the ABI as int64
 * "bits" (an int, a bool, a double's bits or an object pointer), so one entry
 * point serves every element type; the descriptor says which. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

static const PyrType *elem_type(const PyrList *l) { return l->ob.type->args[0]; }

static PyrValue from_bits(int64_t bits) {
    PyrValue v;
    memcpy(&v, &bits, sizeof v); /* on 32-bit targets a pointer is the low half */
    return v;
}

static int64_t to_bits(PyrValue v) {
    int64_t bits;
    memcpy(&bits, &v, sizeof bits);
    return bits;
}

static int grow(PyrList *l, int64_t need) {
    if (need <= l->cap) return 1;
    if (need > INT64_MAX / 16) {
        pyrite_raise(PYR_MemoryError, "", 0);
        return 0;
    }
    int64_t cap = need + (need >> 3) + (need < 9 ? 3 : 6); /* CPython's growth pattern */
    PyrValue *items = realloc(l->items, (size_t)cap * sizeof(PyrValue));
    if (!items) {
        pyrite_raise(PYR_MemoryError, "", 0);
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
        if (!grow(l, len)) {
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
    PyrValue v = from_bits(bits);
    pyr_value_incref(v, elem_type(l));
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
    pyr_value_incref(v, elem_type(l));
    return to_bits(v);
}

void pyr_list_set(PyrList *l, int64_t i, int64_t bits) {
    if (!normalize(l, &i, "list assignment index out of range")) return;
    PyrValue v = from_bits(bits), old = l->items[i];
    pyr_value_incref(v, elem_type(l));
    l->items[i] = v;
    pyr_value_decref(old, elem_type(l));
}

void pyr_list_append(PyrList *l, int64_t bits) {
    if (!grow(l, l->len + 1)) return;
    PyrValue v = from_bits(bits);
    pyr_value_incref(v, elem_type(l));
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
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(PyrValue));
    l->len--;
    return to_bits(v);
}

/* tuple: fixed, heterogeneous; built item by item right after allocation. */
PyrTuple *pyr_tuple_new(const PyrType *type, int64_t len) {
    PyrTuple *t = pyr_alloc((int64_t)sizeof(PyrTuple) + len * (int64_t)sizeof(PyrValue), type);
    if (!t) return NULL;
    t->len = len;
    memset(t->items, 0, (size_t)len * sizeof(PyrValue));
    return t;
}

void pyr_tuple_init(PyrTuple *t, int64_t i, int64_t bits) {
    PyrValue v = from_bits(bits);
    pyr_value_incref(v, t->ob.type->args[i]);
    t->items[i] = v;
}

int64_t pyr_tuple_get(PyrTuple *t, int64_t i) {
    PyrValue v = t->items[i];
    pyr_value_incref(v, t->ob.type->args[i]);
    return to_bits(v);
}
