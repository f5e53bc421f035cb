/* Set algebra and comparisons, built the way CPython 3.11 builds each result
 * (which set is iterated, which is copied, when a table is resized), because
 * that decides the result's table layout and so its iteration order.
 *
 *   a | b   copy(a), then merge b              a |= b   merge b
 *   a & b   iterate the smaller (b on a tie),  a &= b   a & b, then a takes
 *           adding what the other holds                 the result's table
 *   a - b   len(a) // 4 > len(b): copy(a) and  a -= b   discard b's elements
 *           discard b's; else iterate a,                (a's & b when b is over
 *           adding what b lacks                         8x larger); resize if
 *                                                       over 1/4 are dummies
 *   a ^ b   copy(b), then for each x in a:     a ^= b   the same on a itself
 *           discard x, or add it if absent
 *
 * The _list forms take another iterable as the list of its items (the
 * compiler builds it), as CPython's methods accept any iterable. */
#include <stdlib.h>

#include "set_table.h"

static int64_t hash_of(const PyrSet *s, PyrValue v) { return pyr_value_hash(v, pyr_set_elem(s)); }

static PyrSet *fail(PyrSet *s) {
    pyr_decref(s ? &s->ob : NULL);
    return NULL;
}

/* a | b */
PyrSet *pyr_set_union(PyrSet *a, PyrSet *b) {
    PyrSet *r = set_copy(a);
    if (r && b != a && set_merge(r, b) < 0) return fail(r);
    return r;
}

static PyrSet *intersection(PyrSet *a, PyrSet *b) {
    if (a == b) return set_copy(a);
    PyrSet *r = set_new(a->ob.type);
    if (!r) return NULL;
    if (b->used > a->used) {
        PyrSet *t = a;
        a = b;
        b = t;
    }
    int64_t pos = 0;
    PyrSetEntry *e;
    while (set_next(b, &pos, &e)) {
        int in = set_contains_entry(a, e->key, e->hash);
        if (in < 0 || (in && set_add_entry(r, e->key, e->hash) < 0)) return fail(r);
    }
    return r;
}

/* a & b */
PyrSet *pyr_set_intersection(PyrSet *a, PyrSet *b) { return intersection(a, b); }

/* a.intersection(l): l's items in order, stopping once the result is as big as a. */
PyrSet *pyr_set_intersection_list(PyrSet *a, PyrList *l) {
    PyrSet *r = set_new(a->ob.type);
    if (!r) return NULL;
    for (int64_t i = 0; i < l->len; i++) {
        PyrValue v = pyr_list_item(l, i);
        int64_t hash = hash_of(a, v);
        if (hash == -1) return fail(r);
        int in = set_contains_entry(a, v, hash);
        if (in < 0 || (in && set_add_entry(r, v, hash) < 0)) return fail(r);
        if (in && r->used >= a->used) break;
    }
    return r;
}

/* a takes b's table and b takes a's (CPython's set_swap_bodies; the pop finger stays). */
static void swap_bodies(PyrSet *a, PyrSet *b) {
    PyrSet t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
}

static void take_result(PyrSet *a, PyrSet *r) {
    if (!r) return;
    swap_bodies(a, r);
    pyr_decref(&r->ob);
}

/* a &= b */
void pyr_set_intersection_update(PyrSet *a, PyrSet *b) { take_result(a, intersection(a, b)); }

/* a.intersection_update(l) */
void pyr_set_intersection_update_list(PyrSet *a, PyrList *l) { take_result(a, pyr_set_intersection_list(a, l)); }

/* After removals: rebuild when more than a quarter of the table is dummies. */
static int purge_dummies(PyrSet *a) {
    if ((uint64_t)(a->fill - a->used) <= (uint64_t)a->mask / 4) return 0;
    return set_table_resize(a, set_growth(a));
}

static int difference_update(PyrSet *a, PyrSet *b) {
    if (a == b) {
        set_clear(a);
        return 0;
    }
    PyrSet *other = b;
    if ((b->used >> 3) > a->used) {
        other = intersection(a, b);
        if (!other) return -1;
    }
    int64_t pos = 0;
    PyrSetEntry *e;
    int status = 0;
    while (status == 0 && set_next(other, &pos, &e))
        if (set_discard_entry(a, e->key, e->hash) < 0) status = -1;
    if (other != b) pyr_decref(&other->ob);
    return status < 0 ? -1 : purge_dummies(a);
}

/* a -= b */
void pyr_set_difference_update(PyrSet *a, PyrSet *b) { difference_update(a, b); }

static int difference_update_list(PyrSet *a, const PyrList *l) {
    for (int64_t i = 0; i < l->len; i++) {
        PyrValue v = pyr_list_item(l, i);
        int64_t hash = hash_of(a, v);
        if (hash == -1 || set_discard_entry(a, v, hash) < 0) return -1;
    }
    return purge_dummies(a);
}

/* a.difference_update(l) */
void pyr_set_difference_update_list(PyrSet *a, PyrList *l) { difference_update_list(a, l); }

/* a - b */
PyrSet *pyr_set_difference(PyrSet *a, PyrSet *b) {
    if ((a->used >> 2) > b->used) {
        PyrSet *r = set_copy(a);
        if (r && difference_update(r, b) < 0) return fail(r);
        return r;
    }
    PyrSet *r = set_new(a->ob.type);
    if (!r) return NULL;
    int64_t pos = 0;
    PyrSetEntry *e;
    while (set_next(a, &pos, &e)) {
        int in = set_contains_entry(b, e->key, e->hash);
        if (in < 0 || (!in && set_add_entry(r, e->key, e->hash) < 0)) return fail(r);
    }
    return r;
}

/* a.difference(l) */
PyrSet *pyr_set_difference_list(PyrSet *a, PyrList *l) {
    PyrSet *r = set_copy(a);
    if (r && difference_update_list(r, l) < 0) return fail(r);
    return r;
}

static int symmetric_difference_update(PyrSet *a, PyrSet *b) {
    if (a == b) {
        set_clear(a);
        return 0;
    }
    int64_t pos = 0;
    PyrSetEntry *e;
    while (set_next(b, &pos, &e)) {
        PyrValue key = e->key; /* b's entry stays valid: b is not a */
        int found = set_discard_entry(a, key, e->hash);
        if (found < 0 || (found == SET_NOT_FOUND && set_add_entry(a, key, e->hash) < 0)) return -1;
    }
    return 0;
}

/* a ^= b */
void pyr_set_symmetric_difference_update(PyrSet *a, PyrSet *b) { symmetric_difference_update(a, b); }

/* a.symmetric_difference_update(l): over set(l), as CPython does. */
void pyr_set_symmetric_difference_update_list(PyrSet *a, PyrList *l) {
    PyrSet *other = set_new(a->ob.type);
    if (other && set_add_list(other, l) == 0) symmetric_difference_update(a, other);
    pyr_decref(other ? &other->ob : NULL);
}

/* a ^ b */
PyrSet *pyr_set_symmetric_difference(PyrSet *a, PyrSet *b) {
    PyrSet *r = set_copy(b);
    if (r && symmetric_difference_update(r, a) < 0) return fail(r);
    return r;
}

/* ---- tests ---- */

static int issubset(PyrSet *a, PyrSet *b) {
    if (a->used > b->used) return 0;
    int64_t pos = 0;
    PyrSetEntry *e;
    while (set_next(a, &pos, &e)) {
        int in = set_contains_entry(b, e->key, e->hash);
        if (in <= 0) return in;
    }
    return 1;
}

/* a == b, a <= b (subset), a < b (proper subset), and so on, as set_richcompare. */
int pyr_set_richcmp(PyrSet *a, PyrSet *b, int op) {
    int r;
    switch (op) {
    case PYR_EQ:
        return a->used == b->used ? issubset(a, b) : 0;
    case PYR_NE:
        r = a->used == b->used ? issubset(a, b) : 0;
        return r < 0 ? -1 : !r;
    case PYR_LE:
        return issubset(a, b);
    case PYR_GE:
        return issubset(b, a);
    case PYR_LT:
        return a->used >= b->used ? 0 : issubset(a, b);
    default:
        return a->used <= b->used ? 0 : issubset(b, a);
    }
}

_Bool pyr_set_issubset(PyrSet *a, PyrSet *b) { return issubset(a, b) > 0; }
_Bool pyr_set_issuperset(PyrSet *a, PyrSet *b) { return issubset(b, a) > 0; }

_Bool pyr_set_isdisjoint(PyrSet *a, PyrSet *b) {
    if (a == b) return a->used == 0;
    if (b->used > a->used) {
        PyrSet *t = a;
        a = b;
        b = t;
    }
    int64_t pos = 0;
    PyrSetEntry *e;
    while (set_next(b, &pos, &e))
        if (set_contains_entry(a, e->key, e->hash) != 0) return 0;
    return 1;
}
