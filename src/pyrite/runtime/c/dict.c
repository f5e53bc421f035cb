/* dict[K, V]: a compact hash table that keeps insertion order.
 *
 * entries[] holds (hash, key, value) in insertion order; a deleted entry keeps
 * its place with hash -1 until the next resize compacts the array. index[]
 * (a power of two long) maps hash slots to entry numbers, probing as CPython
 * does. Only the order is observable, and it is the order of first insertion:
 * assigning to an existing key keeps its place, deleting and re-inserting moves
 * it to the end.
 *
 * Sizes follow CPython 3.11 (at least 8 index slots, 2/3 of them usable as
 * entries, growth to the power of two >= 3 * len when the entries run out,
 * the same presizing, copy and update rules), so that entry positions -- what
 * an iteration walks when the loop body deletes and inserts -- are CPython's. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

enum { MINSIZE = 8, SLOT_EMPTY = -1, SLOT_DELETED = -2, PERTURB_SHIFT = 5, MAX_PRESIZE = 1 << 17 };

static int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

/* A table size for minsize entries, exactly as CPython 3.11's calculate_log2_keysize
 * computes it on 64-bit targets: 2 ** bit_length(((minsize | 8) - 1) | 7). That is
 * the smallest power of two >= minsize, except 16 for 1..7 and twice a power of
 * two >= 16 -- observable, since sizes decide when a loop body's insertions resize. */
static int64_t size_for(int64_t minsize) {
    uint64_t bits = ((uint64_t)(minsize | MINSIZE) - 1) | (MINSIZE - 1);
    int64_t size = 1;
    while (bits) {
        bits >>= 1;
        size <<= 1;
    }
    return size;
}

/* A table size that holds n entries without growing (CPython's estimate_log2_keysize). */
static int64_t size_estimate(int64_t n) { return size_for((n * 3 + 1) / 2); }

/* A dict without a table has CPython's shared empty keys, of size 1 (none usable). */
static int64_t table_size(const PyrDict *d) { return d->mask < 0 ? 1 : d->mask + 1; }

static void release_entries(PyrDictEntry *entries, int64_t n, const PyrType *kt, const PyrType *vt) {
    for (int64_t i = 0; i < n; i++) {
        if (entries[i].hash == -1) continue;
        pyr_value_decref(entries[i].key, kt);
        pyr_value_decref(entries[i].value, vt);
    }
}

void pyr_dict_release(PyrDict *d) {
    release_entries(d->entries, d->nentries, pyr_dict_key_type(d), pyr_dict_value_type(d));
    pyr_mem_free(d->entries);
    pyr_mem_free(d->index);
    d->entries = NULL;
    d->index = NULL;
    d->len = d->nentries = d->usable = 0;
    d->mask = -1;
}

/* The slot for a new entry with this hash: the first empty or deleted one. */
static int64_t free_slot(const PyrDict *d, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & (uint64_t)d->mask;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & (uint64_t)d->mask;
    }
    return (int64_t)i;
}

/* New, empty index and entry arrays of `size` slots; 0 + MemoryError. */
static int new_table(int64_t size, int64_t **index, PyrDictEntry **entries) {
    *index = pyr_mem_alloc((size_t)size * sizeof(int64_t));
    *entries = pyr_mem_alloc((size_t)usable_fraction(size) * sizeof(PyrDictEntry));
    if (!*index || !*entries) {
        pyr_mem_free(*index);
        pyr_mem_free(*entries);
        pyr_raise_cstr(PYR_MemoryError, "");
        return 0;
    }
    memset(*index, 0xFF, (size_t)size * sizeof(int64_t)); /* SLOT_EMPTY */
    return 1;
}

/* Moves the live entries, in order, into a table of `size` slots. */
static int resize(PyrDict *d, int64_t size) {
    int64_t *index;
    PyrDictEntry *entries;
    if (!new_table(size, &index, &entries)) return 0;
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].hash != -1) entries[n++] = d->entries[i];
    pyr_mem_free(d->index);
    pyr_mem_free(d->entries);
    d->index = index;
    d->entries = entries;
    d->mask = size - 1;
    d->nentries = n;
    d->usable = usable_fraction(size) - n;
    for (int64_t i = 0; i < n; i++) d->index[free_slot(d, entries[i].hash)] = i;
    return 1;
}

/* _PyDict_NewPresized: a dict literal of n items starts big enough for them. */
PyrDict *pyr_dict_new(const PyrType *type, int64_t presize) {
    PyrDict *d = pyr_alloc(sizeof(PyrDict), type);
    if (!d) return NULL;
    d->len = d->nentries = d->usable = 0;
    d->mask = -1;
    d->index = NULL;
    d->entries = NULL;
    if (presize > usable_fraction(MINSIZE) &&
        !resize(d, presize > usable_fraction(MAX_PRESIZE) ? MAX_PRESIZE : size_estimate(presize))) {
        pyr_decref(&d->ob);
        return NULL;
    }
    return d;
}

int64_t pyr_dict_len(PyrDict *d) { return d->len; }

/* The entry number holding key, or -1; -2 if hashing or comparing raised.
 * *slot is the index slot that points at it. */
static int64_t lookup(const PyrDict *d, PyrValue key, int64_t hash, int64_t *slot) {
    if (d->mask < 0) return -1;
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & (uint64_t)d->mask;
    for (;;) {
        int64_t ix = d->index[i];
        if (ix == SLOT_EMPTY) return -1;
        if (ix >= 0 && d->entries[ix].hash == hash) {
            int eq = pyr_value_eq(d->entries[ix].key, key, pyr_dict_key_type(d));
            if (eq < 0) return -2;
            if (eq) {
                *slot = (int64_t)i;
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & (uint64_t)d->mask;
    }
}

/* find(d, key) with the key's hash in *hash; -1 also when hashing raised. */
static int64_t find(const PyrDict *d, PyrValue key, int64_t *hash, int64_t *slot) {
    *hash = pyr_value_hash(key, pyr_dict_key_type(d));
    if (*hash == -1) return -2;
    return lookup(d, key, *hash, slot);
}

/* Appends a new entry (the key is known to be absent); takes references. */
static int append_entry(PyrDict *d, PyrValue key, int64_t hash, PyrValue value) {
    if (d->usable <= 0 && !resize(d, size_for(d->len * 3))) return 0;
    d->index[free_slot(d, hash)] = d->nentries;
    d->entries[d->nentries++] = (PyrDictEntry){hash, key, value};
    d->len++;
    d->usable--;
    pyr_value_incref(key, pyr_dict_key_type(d));
    pyr_value_incref(value, pyr_dict_value_type(d));
    return 1;
}

/* Entry ix's value becomes value (a new reference); the key stays the one the dict has. */
static inline void replace_value(PyrDict *d, int64_t ix, PyrValue value) {
    PyrValue old = d->entries[ix].value;
    pyr_value_incref(value, pyr_dict_value_type(d));
    d->entries[ix].value = value;
    pyr_value_decref(old, pyr_dict_value_type(d));
}

/* d[key] = value for a key whose hash is known; 0 on error. */
static int insert(PyrDict *d, PyrValue key, int64_t hash, PyrValue value) {
    int64_t slot, ix = lookup(d, key, hash, &slot);
    if (ix == -2) return 0;
    if (ix < 0) return append_entry(d, key, hash, value);
    replace_value(d, ix, value);
    return 1;
}

/* Removes entry ix, found at index slot `slot`; returns its value's reference. */
static PyrValue remove_entry(PyrDict *d, int64_t ix, int64_t slot) {
    PyrDictEntry *e = &d->entries[ix];
    PyrValue value = e->value;
    d->index[slot] = SLOT_DELETED;
    e->hash = -1;
    d->len--;
    pyr_value_decref(e->key, pyr_dict_key_type(d));
    return value;
}

static void raise_key_error(const PyrDict *d, PyrValue key) {
    pyr_raise_with_repr(PYR_KeyError, "", key, pyr_dict_key_type(d), "");
}

static int64_t value_ref(const PyrDict *d, PyrValue v) {
    pyr_value_incref(v, pyr_dict_value_type(d));
    return pyr_to_bits(v);
}

/* ---- what compiled code calls ---- */

/* d[key] as an entry number: KeyError when absent (then -1); d[k] += v reads through it too. */
int64_t pyr_dict_find_item(PyrDict *d, int64_t key) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    if (ix == -1) raise_key_error(d, pyr_from_bits(key));
    return ix < 0 ? -1 : ix;
}

/* d[key] */
int64_t pyr_dict_getitem(PyrDict *d, int64_t key) {
    int64_t ix = pyr_dict_find_item(d, key);
    return ix < 0 ? 0 : value_ref(d, d->entries[ix].value);
}

/* d[key] = value */
void pyr_dict_setitem(PyrDict *d, int64_t key, int64_t value) {
    int64_t hash = pyr_value_hash(pyr_from_bits(key), pyr_dict_key_type(d));
    if (hash != -1) insert(d, pyr_from_bits(key), hash, pyr_from_bits(value));
}

_Bool pyr_dict_contains(PyrDict *d, int64_t key) {
    int64_t hash, slot;
    return find(d, pyr_from_bits(key), &hash, &slot) >= 0;
}

/* The entry number of key, or -1 (then check the pending flag): for d.get(key)
 * returning an optional, with pyr_dict_value_at. */
int64_t pyr_dict_find(PyrDict *d, int64_t key) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    return ix < 0 ? -1 : ix;
}

/* ---- read-modify-write: one probe for `d[k] += v` and `d[k] = d.get(k, x) op v` ----
 * ix = pyr_dict_find(d, k) (or pyr_dict_find_item, which raises KeyError when k is
 * absent), then the current value by pyr_dict_value_at / pyr_dict_value_or, then
 * pyr_dict_store_at(d, ix, k, v). The store trusts ix, so the compiler emits it only
 * when nothing can touch d between the two calls (ADR 0014). */

/* The value of entry ix, or dflt when ix is -1 (d.get(key, dflt) after pyr_dict_find). */
int64_t pyr_dict_value_or(PyrDict *d, int64_t ix, int64_t dflt) {
    return value_ref(d, ix >= 0 ? d->entries[ix].value : pyr_from_bits(dflt));
}

/* d[key] = value for a key known to be absent (pyr_dict_store_at's other half: an
 * external function, so that the store itself stays small enough to inline). */
__attribute__((noinline)) void pyr_dict_store_new(PyrDict *d, int64_t key, int64_t value) {
    int64_t hash = pyr_value_hash(pyr_from_bits(key), pyr_dict_key_type(d));
    if (hash != -1) append_entry(d, pyr_from_bits(key), hash, pyr_from_bits(value));
}

/* d[key] = value where ix is what pyr_dict_find(d, key) gave with d unchanged since:
 * insert's two paths without its lookup. An existing key keeps its (old) key object. */
void pyr_dict_store_at(PyrDict *d, int64_t ix, int64_t key, int64_t value) {
    if (ix < 0) {
        pyr_dict_store_new(d, key, value);
        return;
    }
    replace_value(d, ix, pyr_from_bits(value));
}

/* d.get(key, default) */
int64_t pyr_dict_get(PyrDict *d, int64_t key, int64_t dflt) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    if (ix == -2) return 0;
    return value_ref(d, ix >= 0 ? d->entries[ix].value : pyr_from_bits(dflt));
}

/* d.setdefault(key, default) */
int64_t pyr_dict_setdefault(PyrDict *d, int64_t key, int64_t dflt) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    if (ix == -2) return 0;
    if (ix >= 0) return value_ref(d, d->entries[ix].value);
    if (!append_entry(d, pyr_from_bits(key), hash, pyr_from_bits(dflt))) return 0;
    return value_ref(d, pyr_from_bits(dflt));
}

/* d.pop(key): the dict's reference to the value becomes the caller's. */
int64_t pyr_dict_pop(PyrDict *d, int64_t key) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    if (ix == -1) raise_key_error(d, pyr_from_bits(key));
    return ix < 0 ? 0 : pyr_to_bits(remove_entry(d, ix, slot));
}

/* d.pop(key, default) */
int64_t pyr_dict_pop_default(PyrDict *d, int64_t key, int64_t dflt) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    if (ix == -2) return 0;
    if (ix == -1) return value_ref(d, pyr_from_bits(dflt));
    return pyr_to_bits(remove_entry(d, ix, slot));
}

/* del d[key] */
void pyr_dict_delitem(PyrDict *d, int64_t key) {
    int64_t hash, slot, ix = find(d, pyr_from_bits(key), &hash, &slot);
    if (ix == -1) raise_key_error(d, pyr_from_bits(key));
    if (ix >= 0) pyr_value_decref(remove_entry(d, ix, slot), pyr_dict_value_type(d));
}

/* d.popitem() -> tuple[K, V]: the last entry; the entries after it are dropped,
 * as in CPython, so the next insertion reuses its place. */
PyrTuple *pyr_dict_popitem(PyrDict *d, const PyrType *tuple_type) {
    if (d->len == 0) {
        pyr_raise_cstr(PYR_KeyError, "'popitem(): dictionary is empty'");
        return NULL;
    }
    PyrTuple *t = pyr_tuple_new(tuple_type, 2);
    if (!t) return NULL;
    int64_t ix = d->nentries - 1, slot;
    while (d->entries[ix].hash == -1) ix--;
    PyrDictEntry *e = &d->entries[ix];
    lookup(d, e->key, e->hash, &slot); /* cannot raise: the key is in the table */
    t->items[0] = e->key;
    t->items[1] = e->value;
    d->index[slot] = SLOT_DELETED;
    e->hash = -1;
    d->len--;
    d->nentries = ix;
    return t;
}

void pyr_dict_clear(PyrDict *d) { pyr_dict_release(d); }

/* A new dict with d's table as it is (deleted entries included). */
static PyrDict *clone(PyrDict *d) {
    PyrDict *r = pyr_dict_new(d->ob.type, 0);
    if (!r) return NULL;
    int64_t size = d->mask + 1;
    if (!new_table(size, &r->index, &r->entries)) {
        pyr_decref(&r->ob);
        return NULL;
    }
    memcpy(r->index, d->index, (size_t)size * sizeof(int64_t));
    memcpy(r->entries, d->entries, (size_t)d->nentries * sizeof(PyrDictEntry));
    r->mask = d->mask;
    r->len = d->len;
    r->nentries = d->nentries;
    r->usable = d->usable;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].hash == -1) continue;
        pyr_value_incref(d->entries[i].key, pyr_dict_key_type(d));
        pyr_value_incref(d->entries[i].value, pyr_dict_value_type(d));
    }
    return r;
}

/* d.update(other), for dicts of the same type: CPython's dict_merge. */
void pyr_dict_update(PyrDict *d, PyrDict *other) {
    if (other == d || other->len == 0) return;
    if (d->len == 0 && other->len == other->nentries &&
        (other->mask + 1 == MINSIZE || usable_fraction((other->mask + 1) / 2) < other->len)) {
        PyrDict *c = clone(other); /* a clean source: take its table as it is */
        if (!c) return;
        pyr_dict_release(d);
        *d = (PyrDict){d->ob, c->len, c->nentries, c->usable, c->mask, c->index, c->entries};
        c->index = NULL;
        c->entries = NULL;
        c->len = c->nentries = 0;
        pyr_decref(&c->ob);
        return;
    }
    if (usable_fraction(table_size(d)) < other->len && !resize(d, size_estimate(d->len + other->len))) return;
    for (int64_t i = 0; i < other->nentries; i++) {
        PyrDictEntry *e = &other->entries[i];
        if (e->hash != -1 && !insert(d, e->key, e->hash, e->value)) return;
    }
}

/* d.copy(): the same table when it is at least 2/3 live, else a fresh merge. */
PyrDict *pyr_dict_copy(PyrDict *d) {
    if (d->len == 0) return pyr_dict_new(d->ob.type, 0);
    if (d->len >= d->nentries * 2 / 3) return clone(d);
    PyrDict *r = pyr_dict_new(d->ob.type, 0);
    if (r) pyr_dict_update(r, d);
    return r;
}

/* a == b: same length, and every key of a is in b with an equal value. */
int pyr_dict_equal(PyrDict *a, PyrDict *b) {
    if (a->len != b->len) return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        PyrDictEntry *e = &a->entries[i];
        if (e->hash == -1) continue;
        int64_t slot, ix = lookup(b, e->key, e->hash, &slot);
        if (ix < 0) return ix == -2 ? -1 : 0;
        int eq = pyr_value_eq(e->value, b->entries[ix].value, pyr_dict_value_type(a));
        if (eq <= 0) return eq;
    }
    return 1;
}

/* ---- iteration by entry number ----
 * The compiler keeps (pos, len_at_start, remaining), starting at
 * (0, len(d), len(d)); each step calls ix = pyr_dict_iter(d, pos, len_at_start,
 * remaining), stops when ix is -1 (then checks the pending flag), else reads
 * the entry at ix and continues with pos = ix + 1, remaining - 1. As CPython's
 * dict iterator: a size change since the start raises "dictionary changed size
 * during iteration"; finding more entries than there were raises "dictionary
 * keys changed during iteration". */
int64_t pyr_dict_iter(PyrDict *d, int64_t pos, int64_t len_at_start, int64_t remaining) {
    if (d->len != len_at_start) {
        pyr_raise_cstr(PYR_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    while (pos < d->nentries && d->entries[pos].hash == -1) pos++;
    if (pos >= d->nentries) return -1;
    if (remaining == 0) {
        pyr_raise_cstr(PYR_RuntimeError, "dictionary keys changed during iteration");
        return -1;
    }
    return pos;
}

/* reversed(d): the compiler keeps (pos, len_at_start), starting at (INT64_MAX, len(d));
 * ix = pyr_dict_iter_back(d, pos, len_at_start) is the last entry before pos, -1 when
 * there is none, and the loop continues with pos = ix. As CPython's reversed dict
 * iterator: a size change since the start raises, even after the last item. */
int64_t pyr_dict_iter_back(PyrDict *d, int64_t pos, int64_t len_at_start) {
    if (d->len != len_at_start) {
        pyr_raise_cstr(PYR_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    if (pos > d->nentries) pos = d->nentries;
    pos--;
    while (pos >= 0 && d->entries[pos].hash == -1) pos--;
    return pos;
}

int64_t pyr_dict_key_at(PyrDict *d, int64_t ix) {
    pyr_value_incref(d->entries[ix].key, pyr_dict_key_type(d));
    return pyr_to_bits(d->entries[ix].key);
}

int64_t pyr_dict_value_at(PyrDict *d, int64_t ix) { return value_ref(d, d->entries[ix].value); }

PyrTuple *pyr_dict_item_at(PyrDict *d, int64_t ix, const PyrType *tuple_type) {
    PyrTuple *t = pyr_tuple_new(tuple_type, 2);
    if (!t) return NULL;
    pyr_tuple_init(t, 0, pyr_to_bits(d->entries[ix].key));
    pyr_tuple_init(t, 1, pyr_to_bits(d->entries[ix].value));
    return t;
}

/* list(d) / list(d.keys()), list(d.values()), list(d.items()): what = 0, 1, 2. */
static PyrList *entries_list(PyrDict *d, const PyrType *list_type, int what) {
    PyrList *l = pyr_list_new(list_type, 0);
    if (!l || !pyr_list_reserve(l, d->len)) {
        pyr_decref(l ? &l->ob : NULL);
        return NULL;
    }
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].hash == -1) continue;
        if (what == 2) {
            PyrTuple *t = pyr_dict_item_at(d, i, list_type->args[0]);
            if (!t) {
                pyr_decref(&l->ob);
                return NULL;
            }
            pyr_list_put(l, l->len++, pyr_object_value(t));
        } else {
            PyrValue v = what == 0 ? d->entries[i].key : d->entries[i].value;
            pyr_value_incref(v, list_type->args[0]);
            pyr_list_put(l, l->len++, v);
        }
    }
    return l;
}

PyrList *pyr_dict_keys(PyrDict *d, const PyrType *list_type) { return entries_list(d, list_type, 0); }
PyrList *pyr_dict_values(PyrDict *d, const PyrType *list_type) { return entries_list(d, list_type, 1); }
PyrList *pyr_dict_items(PyrDict *d, const PyrType *list_type) { return entries_list(d, list_type, 2); }
