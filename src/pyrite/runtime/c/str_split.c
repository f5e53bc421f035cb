/* Splitting and joining: split, rsplit, splitlines, partition, rpartition,
 * join, and the n-way concatenation f-strings compile to. */
#include <stdlib.h>

#include "str_internal.h"

const PyrType pyr_list_str_type = {PYR_LIST, 1, {&pyr_str_type}};
const PyrType pyr_tuple_str3_type = {PYR_TUPLE, 3, {&pyr_str_type, &pyr_str_type, &pyr_str_type}};

/* The pieces of a split, collected before the list is made. */
typedef struct Pieces {
    PyrStr **items;
    int64_t len, cap;
    int failed;
} Pieces;

static void add(Pieces *p, PyrStr *s, int64_t start, int64_t n) {
    if (p->failed) return;
    if (p->len == p->cap) {
        int64_t cap = p->cap ? 2 * p->cap : 8;
        PyrStr **items = pyr_mem_realloc(p->items, (size_t)cap * sizeof *items);
        if (!items) {
            p->failed = 1;
            return;
        }
        p->items = items;
        p->cap = cap;
    }
    PyrStr *piece = pyr_substr_or_self(s, start, n);
    if (!piece) {
        p->failed = 1;
        return;
    }
    p->items[p->len++] = piece;
}

/* The list of the pieces (reversed if asked: rsplit collects right to left). */
static PyrList *finish(Pieces *p, int reversed) {
    PyrList *l = p->failed ? NULL : pyr_list_new(&pyr_list_str_type, p->len);
    for (int64_t i = 0; i < p->len; i++) {
        PyrStr *piece = p->items[reversed ? p->len - 1 - i : i];
        if (l)
            pyr_list_put(l, i, pyr_object_value(piece)); /* the list takes the piece's reference */
        else
            pyr_decref(&piece->ob);
    }
    pyr_mem_free(p->items);
    if (p->failed && !pyrite_exc_pending) pyrite_raise(PYR_MemoryError, "", 0);
    return l;
}

static void split_whitespace(Pieces *p, PyrStr *s, int64_t max) {
    int64_t i = 0, n = s->len;
    while (max-- > 0) {
        while (i < n && is_space(str_get(s, i))) i++;
        if (i == n) break;
        int64_t j = i++;
        while (i < n && !is_space(str_get(s, i))) i++;
        add(p, s, j, i - j);
    }
    while (i < n && is_space(str_get(s, i))) i++; /* max reached: the rest is one piece */
    if (i < n) add(p, s, i, n - i);
}

static void rsplit_whitespace(Pieces *p, PyrStr *s, int64_t max) {
    int64_t i = s->len - 1;
    while (max-- > 0) {
        while (i >= 0 && is_space(str_get(s, i))) i--;
        if (i < 0) break;
        int64_t j = i--;
        while (i >= 0 && !is_space(str_get(s, i))) i--;
        add(p, s, i + 1, j - i);
    }
    while (i >= 0 && is_space(str_get(s, i))) i--;
    if (i >= 0) add(p, s, 0, i + 1);
}

static int check_sep(const PyrStr *sep) {
    if (sep->len) return 1;
    pyr_raise_cstr(PYR_ValueError, "empty separator");
    return 0;
}

/* s.split(sep, maxsplit): sep NULL is None (split on runs of whitespace);
 * a negative maxsplit means no limit. */
PyrList *pyr_str_split(PyrStr *s, PyrStr *sep, int64_t maxsplit) {
    if (sep && !check_sep(sep)) return NULL;
    int64_t max = maxsplit < 0 ? INT64_MAX : maxsplit;
    Pieces p = {0};
    if (!sep) {
        split_whitespace(&p, s, max);
        return finish(&p, 0);
    }
    int64_t i = 0, j;
    while (max-- > 0 && (j = pyr_str_search(s, sep, i, s->len, 0)) >= 0) {
        add(&p, s, i, j - i);
        i = j + sep->len;
    }
    add(&p, s, i, s->len - i);
    return finish(&p, 0);
}

/* `for x in s.split()` and `for x in s.split(sep)` walk s without building the
 * list (irgen/iteration.py): the same pieces, one at a time.
 * Whitespace: the piece at or after pos starts at pyr_str_ws_token (-1: no piece is
 * left) and ends at pyr_str_ws_token_end. Positions outside s are clamped to it
 * (irgen passes none; hand-written IR may), as ir/semantics.py does. */
int64_t pyr_str_ws_token(const PyrStr *s, int64_t pos) {
    if (pos < 0) pos = 0;
    if (s->kind == 1)
        while (pos < s->len && is_space_ascii((unsigned char)s->data[pos])) pos++;
    else
        while (pos < s->len && is_space(str_get(s, pos))) pos++;
    return pos < s->len ? pos : -1;
}

int64_t pyr_str_ws_token_end(const PyrStr *s, int64_t start) {
    if (start < 0) return start;
    if (s->kind == 1)
        while (start < s->len && !is_space_ascii((unsigned char)s->data[start])) start++;
    else
        while (start < s->len && !is_space(str_get(s, start))) start++;
    return start;
}

/* A separator: the piece starting at start ends at the next sep, or at the end of s. */
int64_t pyr_str_sep_token_end(const PyrStr *s, const PyrStr *sep, int64_t start) {
    if (start < 0) start = 0;
    int64_t j = start <= s->len ? pyr_str_search(s, sep, start, s->len, 0) : -1;
    return j >= 0 ? j : s->len;
}

/* len(sep), with split's ValueError for an empty one (checked before the first piece). */
int64_t pyr_str_sep_len(const PyrStr *sep) { return check_sep(sep) ? sep->len : -1; }

/* s[start:end] of a piece (start and end clamped to 0 <= start <= end <= len(s)). */
PyrStr *pyr_str_piece(PyrStr *s, int64_t start, int64_t end) {
    start = start < 0 ? 0 : start > s->len ? s->len : start;
    end = end < start ? start : end > s->len ? s->len : end;
    return pyr_substr_or_self(s, start, end - start);
}

PyrList *pyr_str_rsplit(PyrStr *s, PyrStr *sep, int64_t maxsplit) {
    if (sep && !check_sep(sep)) return NULL;
    int64_t max = maxsplit < 0 ? INT64_MAX : maxsplit;
    Pieces p = {0};
    if (!sep) {
        rsplit_whitespace(&p, s, max);
        return finish(&p, 1);
    }
    int64_t end = s->len, j;
    while (max-- > 0 && (j = pyr_str_search(s, sep, 0, end, 1)) >= 0) {
        add(&p, s, j + sep->len, end - j - sep->len);
        end = j;
    }
    add(&p, s, 0, end);
    return finish(&p, 1);
}

/* s.splitlines(keepends): \r\n is one line break. */
PyrList *pyr_str_splitlines(PyrStr *s, _Bool keepends) {
    Pieces p = {0};
    for (int64_t i = 0, j = 0; i < s->len; j = i) {
        while (i < s->len && !(pyr_unicode_flags(str_get(s, i)) & PYR_U_LINEBREAK)) i++;
        int64_t eol = i;
        if (i < s->len) {
            i += str_get(s, i) == '\r' && i + 1 < s->len && str_get(s, i + 1) == '\n' ? 2 : 1;
            if (keepends) eol = i;
        }
        add(&p, s, j, eol - j);
    }
    return finish(&p, 0);
}

static PyrTuple *triple(PyrStr *a, PyrStr *b, PyrStr *c) {
    PyrTuple *t = a && b && c ? pyr_tuple_new(&pyr_tuple_str3_type, 3) : NULL;
    PyrStr *parts[3] = {a, b, c};
    for (int i = 0; i < 3; i++) {
        if (t)
            t->items[i].o = &parts[i]->ob;
        else
            pyr_decref(parts[i] ? &parts[i]->ob : NULL);
    }
    return t;
}

/* s.partition(sep) -> (head, sep, tail) */
PyrTuple *pyr_str_partition(PyrStr *s, PyrStr *sep) {
    if (!check_sep(sep)) return NULL;
    int64_t i = pyr_str_search(s, sep, 0, s->len, 0);
    if (i < 0) return triple(pyr_substr_or_self(s, 0, s->len), pyr_str_empty(), pyr_str_empty());
    return triple(pyr_substr(s, 0, i), pyr_substr_or_self(sep, 0, sep->len),
                  pyr_substr(s, i + sep->len, s->len - i - sep->len));
}

PyrTuple *pyr_str_rpartition(PyrStr *s, PyrStr *sep) {
    if (!check_sep(sep)) return NULL;
    int64_t i = pyr_str_search(s, sep, 0, s->len, 1);
    if (i < 0) return triple(pyr_str_empty(), pyr_str_empty(), pyr_substr_or_self(s, 0, s->len));
    return triple(pyr_substr(s, 0, i), pyr_substr_or_self(sep, 0, sep->len),
                  pyr_substr(s, i + sep->len, s->len - i - sep->len));
}

/* The i-th part of a join: from a list's values or from an array of str. */
static PyrStr *part_at(const PyrValue *values, PyrStr *const *array, int64_t i) {
    return values ? (PyrStr *)values[i].o : array[i];
}

static void copy_into(PyrStr *out, int64_t at, const PyrStr *part) {
    if (part->kind == out->kind)
        memcpy(out->data + at * out->kind, part->data, (size_t)(part->len * out->kind));
    else
        for (int64_t k = 0; k < part->len; k++) str_put(out, at + k, str_get(part, k));
}

/* sep.join(parts) (sep NULL: plain concatenation) of n parts. */
static PyrStr *join(const PyrStr *sep, const PyrValue *values, PyrStr *const *array, int64_t n) {
    if (n == 0) return pyr_str_empty();
    if (n == 1) {
        PyrStr *only = part_at(values, array, 0);
        only->ob.rc++;
        return only;
    }
    int32_t kind = sep ? sep->kind : 1;
    int64_t len = sep ? sep->len * (n - 1) : 0;
    for (int64_t i = 0; i < n; i++) {
        const PyrStr *part = part_at(values, array, i);
        if (part->kind > kind) kind = part->kind;
        if (len > INT64_MAX / 8 - part->len) {
            pyr_raise_cstr(PYR_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
        len += part->len;
    }
    PyrStr *out = pyr_str_new(len, kind);
    if (!out) return NULL;
    int64_t at = 0;
    for (int64_t i = 0; i < n; i++) {
        const PyrStr *part = part_at(values, array, i);
        if (i && sep && sep->len) {
            copy_into(out, at, sep);
            at += sep->len;
        }
        copy_into(out, at, part);
        at += part->len;
    }
    return out;
}

/* sep.join(items) for a list[str]. */
PyrStr *pyr_str_join(PyrStr *sep, PyrList *items) { return join(sep, pyr_list_values(items), NULL, items->len); }

/* parts[0] + parts[1] + ... + parts[n-1] in one allocation (f-strings). */
PyrStr *pyr_str_concat_n(PyrStr *const *parts, int64_t n) { return join(NULL, NULL, parts, n); }
