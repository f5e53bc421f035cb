/* set[T]: CPython 3.11's hash table (Objects/setobject.c), rebuilt from its
 * description so that iteration order -- table order -- is CPython's for
 * elements whose hash is CPython's (int, bool, float, tuples of those).
 *
 * The table is a power of two (at least 8) of (hash, key) entries. A search
 * starts at hash & mask, looks at up to LINEAR_PROBES following entries when
 * they fit before the end of the table, then jumps: perturb >>= 5,
 * i = i * 5 + 1 + perturb. Removing leaves a "dummy" that searches pass over
 * and an insertion may reuse; `fill` counts active + dummy entries. An
 * insertion into a never-used entry that brings fill * 5 to mask * 3 or more
 * rebuilds the table for 4 * used elements (2 * used above 50000), which
 * drops the dummies. str hashes are Pyrite's own (CPython randomizes its str
 * hash per process), so str sets have an order CPython would not reproduce
 * either. */
#include <stdlib.h>
#include <string.h>

#include "set_table.h"

enum { MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

static int is_unused(const PyrSetEntry *e) { return e->hash == -1 && e->key.i == -1; }

static PyrSetEntry *new_table(int64_t size) {
    PyrSetEntry *t = pyr_mem_alloc((size_t)size * sizeof(PyrSetEntry));
    if (!t) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return NULL;
    }
    memset(t, 0xFF, (size_t)size * sizeof(PyrSetEntry)); /* hash -1, key bits -1: unused */
    return t;
}

PyrSet *set_new(const PyrType *type) {
    PyrSet *so = pyr_alloc(sizeof(PyrSet), type);
    if (!so) return NULL;
    so->fill = so->used = so->finger = 0;
    so->mask = MINSIZE - 1;
    so->table = new_table(MINSIZE);
    if (!so->table) {
        pyr_decref(&so->ob);
        return NULL;
    }
    return so;
}

void pyr_set_release(PyrSet *so) {
    if (!so->table) return;
    if (pyr_is_object(pyr_set_elem(so)))
        for (int64_t i = 0; i <= so->mask; i++)
            if (pyr_set_active(&so->table[i])) pyr_decref(so->table[i].key.o);
    pyr_mem_free(so->table);
    so->table = NULL;
}

/* The entry holding key, or the unused entry that ends its search; NULL if a
 * comparison raised. Dummies (hash -1) never match a hash. */
static PyrSetEntry *lookkey(PyrSet *so, PyrValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, mask = (uint64_t)so->mask, i = (uint64_t)hash & mask;
    for (;;) {
        PyrSetEntry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (is_unused(e)) return e;
            if (e->hash == hash) {
                int eq = pyr_value_eq(e->key, key, pyr_set_elem(so));
                if (eq < 0) return NULL;
                if (eq) return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int set_contains_entry(PyrSet *so, PyrValue key, int64_t hash) {
    PyrSetEntry *e = lookkey(so, key, hash);
    return e ? !is_unused(e) : -1;
}

/* Puts key into a table known to hold neither it nor any dummy. */
static void insert_clean(PyrSetEntry *table, uint64_t mask, PyrValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        PyrSetEntry *e = &table[i];
        if (is_unused(e)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (is_unused(e)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest size > minused, moving the active
 * entries in table order. A minimum-size table without dummies stays as it is. */
int set_table_resize(PyrSet *so, int64_t minused) {
    int64_t size = MINSIZE;
    while (size <= minused) size <<= 1;
    if (size == MINSIZE && so->mask == MINSIZE - 1 && so->fill == so->used) return 0;
    PyrSetEntry *table = new_table(size), *old = so->table;
    if (!table) return -1;
    int64_t oldmask = so->mask;
    so->table = table;
    so->mask = size - 1;
    so->fill = so->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (pyr_set_active(&old[i])) insert_clean(table, (uint64_t)so->mask, old[i].key, old[i].hash);
    pyr_mem_free(old);
    return 0;
}

/* CPython's set_add_entry: a dummy met on the way is reused (the last one met). */
int set_add_entry(PyrSet *so, PyrValue key, int64_t hash) {
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    PyrSetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (is_unused(e)) goto found_unused_or_dummy;
            if (e->hash == hash) {
                int eq = pyr_value_eq(e->key, key, pyr_set_elem(so));
                if (eq < 0) return -1;
                if (eq) return 0; /* already there: the old key stays */
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    pyr_value_incref(key, pyr_set_elem(so));
    so->used++;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, set_growth(so));
}

int set_discard_entry(PyrSet *so, PyrValue key, int64_t hash) {
    PyrSetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    if (is_unused(e)) return SET_NOT_FOUND;
    PyrValue old = e->key;
    e->key.i = 0; /* dummy */
    e->hash = -1;
    so->used--;
    pyr_value_decref(old, pyr_set_elem(so));
    return SET_FOUND;
}

/* Empties the set back to the minimum table (the pop finger stays, as in CPython). */
void set_clear(PyrSet *so) {
    PyrSetEntry *table = new_table(MINSIZE);
    if (!table) return;
    pyr_set_release(so);
    so->table = table;
    so->mask = MINSIZE - 1;
    so->fill = so->used = 0;
}

int set_next(const PyrSet *so, int64_t *pos, PyrSetEntry **entry) {
    int64_t i = *pos;
    while (i <= so->mask && !pyr_set_active(&so->table[i])) i++;
    *pos = i + 1;
    if (i > so->mask) return 0;
    *entry = &so->table[i];
    return 1;
}

/* so.update(other): one resize up front, then a copy of the table as it is, or
 * clean insertions, or ordinary ones -- CPython's set_merge. */
int set_merge(PyrSet *so, PyrSet *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    const PyrType *t = pyr_set_elem(so);
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        memcpy(so->table, other->table, (size_t)(other->mask + 1) * sizeof(PyrSetEntry));
        for (int64_t i = 0; i <= other->mask; i++)
            if (pyr_set_active(&other->table[i])) pyr_value_incref(other->table[i].key, t);
        so->fill = so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++) {
            PyrSetEntry *e = &other->table[i];
            if (!pyr_set_active(e)) continue;
            pyr_value_incref(e->key, t);
            insert_clean(so->table, (uint64_t)so->mask, e->key, e->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        PyrSetEntry *e = &other->table[i];
        if (pyr_set_active(e) && set_add_entry(so, e->key, e->hash) < 0) return -1;
    }
    return 0;
}

/* so.update(l) for any iterable, given as the list of its items. */
int set_add_list(PyrSet *so, const PyrList *l) {
    for (int64_t i = 0; i < l->len; i++) {
        PyrValue v = pyr_list_item(l, i);
        int64_t hash = pyr_value_hash(v, pyr_set_elem(so));
        if (hash == -1 || set_add_entry(so, v, hash) < 0) return -1;
    }
    return 0;
}

PyrSet *set_copy(PyrSet *so) {
    PyrSet *r = set_new(so->ob.type);
    if (r && set_merge(r, so) < 0) {
        pyr_decref(&r->ob);
        return NULL;
    }
    return r;
}

/* ---- what compiled code calls ---- */

PyrSet *pyr_set_new(const PyrType *type) { return set_new(type); }

int64_t pyr_set_len(PyrSet *s) { return s->used; }

void pyr_set_add(PyrSet *s, int64_t bits) {
    PyrValue key = pyr_from_bits(bits);
    int64_t hash = pyr_value_hash(key, pyr_set_elem(s));
    if (hash != -1) set_add_entry(s, key, hash);
}

_Bool pyr_set_contains(PyrSet *s, int64_t bits) {
    PyrValue key = pyr_from_bits(bits);
    int64_t hash = pyr_value_hash(key, pyr_set_elem(s));
    return hash != -1 && set_contains_entry(s, key, hash) > 0;
}

void pyr_set_discard(PyrSet *s, int64_t bits) {
    PyrValue key = pyr_from_bits(bits);
    int64_t hash = pyr_value_hash(key, pyr_set_elem(s));
    if (hash != -1) set_discard_entry(s, key, hash);
}

void pyr_set_remove(PyrSet *s, int64_t bits) {
    PyrValue key = pyr_from_bits(bits);
    int64_t hash = pyr_value_hash(key, pyr_set_elem(s));
    if (hash != -1 && set_discard_entry(s, key, hash) == SET_NOT_FOUND)
        pyr_raise_with_repr(PYR_KeyError, "", key, pyr_set_elem(s), "");
}

/* s.pop(): from the finger on, wrapping around; the set's reference becomes the caller's. */
int64_t pyr_set_pop(PyrSet *s) {
    if (s->used == 0) {
        pyr_raise_cstr(PYR_KeyError, "'pop from an empty set'");
        return 0;
    }
    int64_t i = s->finger & s->mask;
    while (!pyr_set_active(&s->table[i])) i = i == s->mask ? 0 : i + 1;
    PyrValue key = s->table[i].key;
    s->table[i].key.i = 0;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    return pyr_to_bits(key);
}

void pyr_set_clear(PyrSet *s) { set_clear(s); }

PyrSet *pyr_set_copy(PyrSet *s) { return set_copy(s); }

/* s |= other, s.update(other) */
void pyr_set_update(PyrSet *s, PyrSet *other) { set_merge(s, other); }

/* s.update(l) */
void pyr_set_update_list(PyrSet *s, PyrList *l) { set_add_list(s, l); }

/* set(l) */
PyrSet *pyr_set_from_list(const PyrType *type, PyrList *l) {
    PyrSet *s = set_new(type);
    if (s && set_add_list(s, l) < 0) {
        pyr_decref(&s->ob);
        return NULL;
    }
    return s;
}

/* s.update(d) with d's keys: CPython sizes the table for them first. */
void pyr_set_update_dict(PyrSet *s, PyrDict *d) {
    if ((s->fill + d->len) * 5 >= s->mask * 3 && set_table_resize(s, (s->used + d->len) * 2) < 0) return;
    for (int64_t i = 0; i < d->nentries; i++) {
        PyrDictEntry *e = &d->entries[i];
        if (e->hash != -1 && set_add_entry(s, e->key, e->hash) < 0) return;
    }
}

/* set(d) */
PyrSet *pyr_set_from_dict(const PyrType *type, PyrDict *d) {
    PyrSet *s = set_new(type);
    if (s) pyr_set_update_dict(s, d);
    return s;
}

/* Iteration by table position, like the dict's (see pyr_dict_iter): the compiler
 * keeps (pos, len_at_start), starting at (0, len(s)); ix = pyr_set_iter(s, pos,
 * len_at_start) is -1 at the end (check the pending flag), else the element is
 * pyr_set_item_at(s, ix) and pos becomes ix + 1. */
int64_t pyr_set_iter(PyrSet *s, int64_t pos, int64_t len_at_start) {
    if (s->used != len_at_start) {
        pyr_raise_cstr(PYR_RuntimeError, "Set changed size during iteration");
        return -1;
    }
    PyrSetEntry *e;
    return set_next(s, &pos, &e) ? pos - 1 : -1;
}

int64_t pyr_set_item_at(PyrSet *s, int64_t ix) {
    pyr_value_incref(s->table[ix].key, pyr_set_elem(s));
    return pyr_to_bits(s->table[ix].key);
}

/* list(s), sorted(s): the elements in iteration order. */
PyrList *pyr_set_to_list(PyrSet *s, const PyrType *list_type) {
    PyrList *l = pyr_list_new(list_type, 0);
    if (!l || !pyr_list_reserve(l, s->used)) {
        pyr_decref(l ? &l->ob : NULL);
        return NULL;
    }
    int64_t pos = 0;
    PyrSetEntry *e;
    while (set_next(s, &pos, &e)) {
        pyr_value_incref(e->key, pyr_set_elem(s));
        pyr_list_put(l, l->len++, e->key);
    }
    return l;
}
