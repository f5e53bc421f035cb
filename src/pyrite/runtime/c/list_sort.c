/* list.sort and sorted(): CPython 3.11's sort, decision for decision.
 *
 * The algorithm is the one Objects/listsort.txt describes (natural runs found
 * left to right, short runs extended by binary insertion to minrun, runs merged
 * in the order of the "powersort" strategy that 3.11 adopted, merges that
 * switch to galloping when one side keeps winning), written here from that
 * description. Only "<" is ever asked, in the same order as CPython asks it, so
 * the result is CPython's even when "<" is not a total order (float keys with
 * NaN), not only for well-behaved keys where any stable sort would agree.
 *
 * Keys: the compiler computes every key first (as CPython does, once per item,
 * left to right) into a list, and the sort permutes keys and items together.
 * reverse=True reverses both, sorts stably, and reverses the items back, as
 * CPython does, so that equal keys keep their original order.
 *
 * Int, bool and NaN-free float keys, where every stable sort agrees, take a
 * radix sort instead from 256 items on (list_radix.c): several times faster.
 * The keys list is then left unsorted; callers only release it.
 *
 * A list[bool] keeps one byte per item (ADR 0013): its items (or keys) are
 * sorted as a widened PyrValue copy and written back. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

enum { MIN_GALLOP = 7, MAX_PENDING = 64 };

int pyr_radix_sort(PyrValue *items, const PyrValue *keys, int64_t n, int kind, int reverse); /* list_radix.c */

typedef struct Slice {
    PyrValue *keys;
    PyrValue *values; /* NULL when the keys are the values */
} Slice;

typedef struct Run {
    Slice base;
    int64_t len;
    int power; /* its depth in powersort's conceptual merge tree */
} Run;

typedef struct Sorter {
    const PyrType *key_type;
    int kind;
    int64_t min_gallop;
    int64_t listlen;
    PyrValue *basekeys;
    Slice temp; /* merge space for `alloced` keys (and values) */
    int64_t alloced;
    int with_values;
    int n;
    Run pending[MAX_PENDING];
} Sorter;

/* k < 0: raised; else whether x < y. */
static inline int lt(const Sorter *ms, PyrValue x, PyrValue y) {
    switch (ms->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return x.i < y.i;
    case PYR_FLOAT:
        return x.f < y.f;
    default:
        return pyr_value_richcmp(x, y, ms->key_type, PYR_LT);
    }
}

#define IFLT(X, Y)                                                                                                     \
    if ((k = lt(ms, X, Y)) < 0) goto fail;                                                                             \
    if (k)

/* ---- moving keys and values together ---- */

static inline void slice_advance(Slice *s, int64_t n) {
    s->keys += n;
    if (s->values) s->values += n;
}

static inline void slice_copy(Slice *dst, int64_t i, const Slice *src, int64_t j, int64_t n) {
    memmove(dst->keys + i, src->keys + j, (size_t)n * sizeof(PyrValue));
    if (dst->values) memmove(dst->values + i, src->values + j, (size_t)n * sizeof(PyrValue));
}

/* *dst++ = *src++ (or -- with step -1) */
static inline void slice_take(Slice *dst, Slice *src, int64_t step) {
    slice_copy(dst, 0, src, 0, 1);
    slice_advance(dst, step);
    slice_advance(src, step);
}

static void reverse_values(PyrValue *v, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        PyrValue t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

static void slice_reverse(Slice *s, int64_t n) {
    reverse_values(s->keys, n);
    if (s->values) reverse_values(s->values, n);
}

/* ---- runs ---- */

/* Sorts lo[0:n] by binary insertion, given that lo[0:start] is sorted. */
static int binarysort(Sorter *ms, Slice lo, int64_t n, int64_t start) {
    int k;
    if (start == 0) start = 1;
    for (; start < n; start++) {
        int64_t l = 0, r = start;
        PyrValue pivot = lo.keys[start];
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            IFLT(pivot, lo.keys[p]) r = p;
            else l = p + 1;
        }
        memmove(lo.keys + l + 1, lo.keys + l, (size_t)(start - l) * sizeof(PyrValue));
        lo.keys[l] = pivot;
        if (lo.values) {
            PyrValue v = lo.values[start];
            memmove(lo.values + l + 1, lo.values + l, (size_t)(start - l) * sizeof(PyrValue));
            lo.values[l] = v;
        }
    }
    return 0;
fail:
    return -1;
}

/* The length of the run at lo[0:n]: non-decreasing, or strictly decreasing
 * (then *descending is set). -1 if a comparison raised. */
static int64_t count_run(Sorter *ms, const PyrValue *lo, int64_t n, int *descending) {
    int k;
    *descending = 0;
    if (n == 1) return 1;
    int64_t i = 2;
    IFLT(lo[1], lo[0]) {
        *descending = 1;
        for (; i < n; i++) {
            IFLT(lo[i], lo[i - 1]);
            else break;
        }
    }
    else {
        for (; i < n; i++) {
            IFLT(lo[i], lo[i - 1]) break;
        }
    }
    return i;
fail:
    return -1;
}

/* ---- galloping searches in a sorted a[0:n], starting at a[hint] ---- */

/* The k with a[k-1] < key <= a[k]. */
static int64_t gallop_left(Sorter *ms, PyrValue key, const PyrValue *a, int64_t n, int64_t hint) {
    int k;
    int64_t ofs = 1, lastofs = 0;
    IFLT(a[hint], key) {
        int64_t maxofs = n - hint; /* gallop right */
        while (ofs < maxofs) {
            IFLT(a[hint + ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        int64_t maxofs = hint + 1; /* gallop left */
        while (ofs < maxofs) {
            IFLT(a[hint - ofs], key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    /* a[lastofs] < key <= a[ofs]: binary search in between */
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* The k with a[k-1] <= key < a[k]. */
static int64_t gallop_right(Sorter *ms, PyrValue key, const PyrValue *a, int64_t n, int64_t hint) {
    int k;
    int64_t ofs = 1, lastofs = 0;
    IFLT(key, a[hint]) {
        int64_t maxofs = hint + 1; /* gallop left */
        while (ofs < maxofs) {
            IFLT(key, a[hint - ofs]) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    else {
        int64_t maxofs = n - hint; /* gallop right */
        while (ofs < maxofs) {
            IFLT(key, a[hint + ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

/* ---- merging ---- */

static int getmem(Sorter *ms, int64_t need) {
    if (need <= ms->alloced) return 1;
    int copies = ms->with_values ? 2 : 1;
    pyr_mem_free(ms->temp.keys);
    ms->temp.keys = pyr_mem_alloc((size_t)(need * copies) * sizeof(PyrValue));
    ms->temp.values = ms->temp.keys && ms->with_values ? ms->temp.keys + need : NULL;
    ms->alloced = ms->temp.keys ? need : 0;
    if (!ms->temp.keys) pyr_raise_cstr(PYR_MemoryError, "");
    return ms->temp.keys != NULL;
}

/* Merges a[0:na] and b[0:nb] (b follows a) in place, na <= nb, with a[na-1]
 * known to belong last and b[0] first. Copies a to the temp space. */
static int merge_lo(Sorter *ms, Slice a, int64_t na, Slice b, int64_t nb) {
    int64_t k;
    int result = -1;
    if (!getmem(ms, na)) return -1;
    slice_copy(&ms->temp, 0, &a, 0, na);
    Slice dest = a;
    a = ms->temp;
    slice_take(&dest, &b, 1);
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    int64_t min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0; /* wins in a row */
        for (;;) {
            k = lt(ms, b.keys[0], a.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_take(&dest, &b, 1);
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                slice_take(&dest, &a, 1);
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, b.keys[0], a.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_copy(&dest, 0, &a, 0, k);
                slice_advance(&dest, k);
                slice_advance(&a, k);
                na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed; /* only if "<" is inconsistent */
            }
            slice_take(&dest, &b, 1);
            if (--nb == 0) goto succeed;
            k = gallop_left(ms, a.keys[0], b.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_copy(&dest, 0, &b, 0, k);
                slice_advance(&dest, k);
                slice_advance(&b, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            slice_take(&dest, &a, 1);
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++; /* leaving galloping mode costs */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) slice_copy(&dest, 0, &a, 0, na);
    return result;
copy_b: /* a's last element belongs at the very end */
    slice_copy(&dest, 0, &b, 0, nb);
    slice_copy(&dest, nb, &a, 0, 1);
    return 0;
}

/* As merge_lo, from the right end, for na >= nb. Copies b to the temp space. */
static int merge_hi(Sorter *ms, Slice a, int64_t na, Slice b, int64_t nb) {
    int64_t k;
    int result = -1;
    if (!getmem(ms, nb)) return -1;
    Slice dest = b, basea = a, baseb = ms->temp;
    slice_advance(&dest, nb - 1);
    slice_copy(&ms->temp, 0, &b, 0, nb);
    b = ms->temp;
    slice_advance(&b, nb - 1);
    slice_advance(&a, na - 1);
    slice_take(&dest, &a, -1);
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    int64_t min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = lt(ms, b.keys[0], a.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_take(&dest, &a, -1);
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                slice_take(&dest, &b, -1);
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, b.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&a, -k);
                slice_copy(&dest, 1, &a, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            slice_take(&dest, &b, -1);
            if (--nb == 1) goto copy_a;
            k = gallop_left(ms, a.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&b, -k);
                slice_copy(&dest, 1, &b, 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed; /* only if "<" is inconsistent */
            }
            slice_take(&dest, &a, -1);
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) slice_copy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a: /* b's first element belongs at the very front */
    slice_copy(&dest, 1 - na, &a, 1 - na, na);
    slice_advance(&dest, -na);
    slice_copy(&dest, 0, &b, 0, 1);
    return 0;
}

/* Merges pending runs i and i+1 (i is the second- or third-last). */
static int merge_at(Sorter *ms, int i) {
    Slice a = ms->pending[i].base, b = ms->pending[i + 1].base;
    int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;
    /* a's elements before b[0]'s place, and b's after a's last, stay put */
    int64_t k = gallop_right(ms, b.keys[0], a.keys, na, 0);
    if (k < 0) return -1;
    slice_advance(&a, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ms, a.keys[na - 1], b.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(ms, a, na, b, nb) : merge_hi(ms, a, na, b, nb);
}

/* The power of the run at [s1, s1+n1) followed by one of length n2, in a list
 * of length n: the first bit where the binary expansions of the two runs'
 * midpoints, as fractions of n, differ. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of length n2 follows the top of the stack: merge the runs above it in
 * the merge tree first. */
static int found_new_run(Sorter *ms, int64_t n2) {
    if (ms->n == 0) return 0;
    Run *p = ms->pending;
    int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
    int power = powerloop(s1, p[ms->n - 1].len, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2) < 0) return -1;
    p[ms->n - 1].power = power;
    return 0;
}

static int merge_force_collapse(Sorter *ms) {
    Run *p = ms->pending;
    while (ms->n > 1) {
        int i = ms->n - 2;
        if (i > 0 && p[i - 1].len < p[i + 1].len) i--;
        if (merge_at(ms, i) < 0) return -1;
    }
    return 0;
}

/* n itself below 64; else a value in [32, 64] such that n / minrun is a power
 * of two or a little below one: n's top six bits, plus one if any other is set. */
static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(Sorter *ms, Slice lo, int64_t n) {
    int64_t remaining = n, minrun = compute_minrun(n);
    if (n < 2) return 0;
    do {
        int descending;
        int64_t run = count_run(ms, lo.keys, remaining, &descending);
        if (run < 0) return -1;
        if (descending) slice_reverse(&lo, run);
        if (run < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (binarysort(ms, lo, force, run) < 0) return -1;
            run = force;
        }
        if (found_new_run(ms, run) < 0) return -1;
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = run;
        ms->n++;
        slice_advance(&lo, run);
        remaining -= run;
    } while (remaining);
    return merge_force_collapse(ms);
}

/* Sorts items[0:n] (by keys[0:n] when keys is not NULL). 0 + exception on failure;
 * the items are then some permutation of the input, as in CPython. */
static int sort_values(PyrValue *items, PyrValue *keys, int64_t n, const PyrType *key_type, int reverse) {
    Sorter ms;
    ms.key_type = key_type;
    ms.kind = key_type->kind;
    ms.min_gallop = MIN_GALLOP;
    ms.listlen = n;
    ms.n = 0;
    ms.alloced = 0;
    ms.temp.keys = ms.temp.values = NULL;
    ms.with_values = keys != NULL;
    if (pyr_radix_sort(items, keys, n, ms.kind, reverse)) return 1;
    Slice lo = {keys ? keys : items, keys ? items : NULL};
    ms.basekeys = lo.keys;
    if (reverse) slice_reverse(&lo, n);
    int ok = timsort(&ms, lo, n) == 0;
    if (reverse && n > 1) reverse_values(items, n);
    pyr_mem_free(ms.temp.keys);
    return ok;
}

/* The items of l as PyrValues: l's own array, or for a list[bool] (one byte per
 * item, ADR 0013) a widened copy, also left in *copy. NULL + MemoryError. */
static PyrValue *values_of(const PyrList *l, PyrValue **copy) {
    *copy = NULL;
    if (pyr_list_width(l) != 1) return pyr_list_values(l);
    *copy = pyr_mem_alloc((size_t)(l->len + 1) * sizeof(PyrValue));
    if (!*copy) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return NULL;
    }
    for (int64_t i = 0; i < l->len; i++) (*copy)[i] = pyr_list_item(l, i);
    return *copy;
}

/* Sorts l's items (by keys' when keys is not NULL); 0 + exception on failure. */
static int sort_list(PyrList *l, PyrList *keys, int reverse) {
    PyrValue *item_copy, *key_copy = NULL, *key_values = NULL;
    PyrValue *items = values_of(l, &item_copy);
    if (!items) return 0;
    if (keys && !(key_values = values_of(keys, &key_copy))) {
        pyr_mem_free(item_copy);
        return 0;
    }
    int ok = sort_values(items, key_values, l->len, pyr_list_elem(keys ? keys : l), reverse);
    if (item_copy)
        for (int64_t i = 0; i < l->len; i++) pyr_list_put(l, i, item_copy[i]);
    pyr_mem_free(item_copy);
    pyr_mem_free(key_copy);
    return ok;
}

/* ---- what compiled code calls ---- */

/* l.sort(reverse=...) */
void pyr_list_sort(PyrList *l, int64_t reverse) { sort_list(l, NULL, reverse != 0); }

/* Sorts l by the precomputed keys[i] of each l[i] (keys ends in an unspecified order). */
void pyr_list_sort_keyed(PyrList *l, PyrList *keys, int64_t reverse) { sort_list(l, keys, reverse != 0); }

/* sorted(l, reverse=...) */
PyrList *pyr_list_sorted(PyrList *l, int64_t reverse) {
    PyrList *r = pyr_list_copy(l);
    if (r) pyr_list_sort(r, reverse);
    return r;
}

/* l.sort(key=f) runs f while l looks empty, as CPython does:
 *     items = pyr_list_sort_begin(l)   -- l is now empty, marked
 *     keys = [f(x) for x in items]     -- compiled code
 *     pyr_list_sort_end(l, items, keys, reverse)   (or pyr_list_sort_abort if f raised)
 * sort_end puts the sorted items back and raises ValueError("list modified
 * during sort") if l was changed meanwhile (what was put in l is dropped). */
PyrList *pyr_list_sort_begin(PyrList *l) {
    PyrList *items = pyr_list_new(l->ob.type, 0);
    if (!items) return NULL;
    items->items = l->items;
    items->len = l->len;
    items->cap = l->cap < 0 ? 0 : l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = -1;
    return items;
}

/* Moves items' contents back into l; 1 if l was left alone meanwhile. */
static int restore(PyrList *l, PyrList *items) {
    int untouched = l->cap == -1;
    void *junk = l->items;
    int64_t njunk = l->len;
    l->items = items->items;
    l->len = items->len;
    l->cap = items->cap;
    items->items = NULL;
    items->len = items->cap = 0;
    if (pyr_is_object(pyr_list_elem(l)))
        for (int64_t i = 0; i < njunk; i++) pyr_decref(((PyrValue *)junk)[i].o); /* objects: PyrValues */
    pyr_mem_free(junk);
    return untouched;
}

void pyr_list_sort_end(PyrList *l, PyrList *items, PyrList *keys, int64_t reverse) {
    int ok = sort_list(items, keys, reverse != 0);
    if (!restore(l, items) && ok) pyr_raise_cstr(PYR_ValueError, "list modified during sort");
}

void pyr_list_sort_abort(PyrList *l, PyrList *items) { restore(l, items); }
