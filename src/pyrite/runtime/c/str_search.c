/* Substring search and what is built on it: in, find, rfind, index, rindex,
 * count, startswith, endswith, replace, removeprefix, removesuffix.
 *
 * start/end arguments are Python's optional slice bounds: the compiler passes
 * 0 and INT64_MAX when they are omitted (or None), which CPython's
 * ADJUST_INDICES treats exactly as it treats None. */
#include "str_internal.h"

/* Whether needle occurs in hay at i (i + needle->len <= hay->len). */
static int match_at(const PyrStr *hay, int64_t i, const PyrStr *needle) {
    if (hay->kind == needle->kind)
        return memcmp(hay->data + i * hay->kind, needle->data, (size_t)(needle->len * hay->kind)) == 0;
    for (int64_t k = 0; k < needle->len; k++)
        if (str_get(hay, i + k) != str_get(needle, k)) return 0;
    return 1;
}

static int64_t find_char(const PyrStr *hay, uint32_t c, int64_t start, int64_t end, int find_last) {
    if (hay->kind == 1) {
        if (c >= 128) return -1;
        if (!find_last) {
            const char *p = memchr(hay->data + start, (int)c, (size_t)(end - start));
            return p ? p - hay->data : -1;
        }
    }
    if (find_last) {
        for (int64_t i = end - 1; i >= start; i--)
            if (str_get(hay, i) == c) return i;
        return -1;
    }
    for (int64_t i = start; i < end; i++)
        if (str_get(hay, i) == c) return i;
    return -1;
}

int64_t pyr_str_search(const PyrStr *hay, const PyrStr *needle, int64_t start, int64_t end, int find_last) {
    int64_t m = needle->len;
    if (end - start < m) return -1;
    if (m == 0) return find_last ? end : start;
    if (m == 1) return find_char(hay, str_get(needle, 0), start, end, find_last);
    if (hay->kind == 1 && needle->kind == 4) return -1; /* a non-ASCII needle */
    uint32_t first = str_get(needle, 0);
    if (find_last) {
        for (int64_t i = end - m; i >= start; i--)
            if (str_get(hay, i) == first && match_at(hay, i, needle)) return i;
        return -1;
    }
    if (m <= 8) { /* short needles: find the first character, then compare */
        for (int64_t i = start; (i = find_char(hay, first, i, end - m + 1, 0)) >= 0; i++)
            if (match_at(hay, i, needle)) return i;
        return -1;
    }
    /* Horspool: shift by where the window's last character last occurs in needle */
    int64_t shift[256];
    for (int k = 0; k < 256; k++) shift[k] = m;
    for (int64_t k = 0; k < m - 1; k++) shift[str_get(needle, k) & 0xFF] = m - 1 - k;
    uint32_t last = str_get(needle, m - 1);
    for (int64_t i = start; i + m <= end;) {
        uint32_t c = str_get(hay, i + m - 1);
        if (c == last && match_at(hay, i, needle)) return i;
        i += shift[c & 0xFF];
    }
    return -1;
}

static int64_t find(PyrStr *s, PyrStr *sub, int64_t start, int64_t end, int find_last) {
    adjust_indices(&start, &end, s->len);
    return pyr_str_search(s, sub, start, end, find_last);
}

_Bool pyr_str_contains(PyrStr *s, PyrStr *sub) { return pyr_str_search(s, sub, 0, s->len, 0) >= 0; }

int64_t pyr_str_find(PyrStr *s, PyrStr *sub, int64_t start, int64_t end) { return find(s, sub, start, end, 0); }

int64_t pyr_str_rfind(PyrStr *s, PyrStr *sub, int64_t start, int64_t end) { return find(s, sub, start, end, 1); }

int64_t pyr_str_index(PyrStr *s, PyrStr *sub, int64_t start, int64_t end) {
    int64_t i = find(s, sub, start, end, 0);
    if (i < 0) pyr_raise_cstr(PYR_ValueError, "substring not found");
    return i;
}

int64_t pyr_str_rindex(PyrStr *s, PyrStr *sub, int64_t start, int64_t end) {
    int64_t i = find(s, sub, start, end, 1);
    if (i < 0) pyr_raise_cstr(PYR_ValueError, "substring not found");
    return i;
}

/* Non-overlapping occurrences of sub in s[start:end], at most max. */
static int64_t count(const PyrStr *s, const PyrStr *sub, int64_t start, int64_t end, int64_t max) {
    if (end - start < sub->len) return 0;
    if (sub->len == 0) return end - start < max ? end - start + 1 : max;
    int64_t n = 0;
    while (n < max) {
        int64_t i = pyr_str_search(s, sub, start, end, 0);
        if (i < 0) break;
        n++;
        start = i + sub->len;
    }
    return n;
}

int64_t pyr_str_count(PyrStr *s, PyrStr *sub, int64_t start, int64_t end) {
    adjust_indices(&start, &end, s->len);
    return count(s, sub, start, end, INT64_MAX);
}

/* CPython's tailmatch: does s[start:end] start (or end) with part? */
static int tailmatch(const PyrStr *s, const PyrStr *part, int64_t start, int64_t end, int at_end) {
    adjust_indices(&start, &end, s->len);
    end -= part->len;
    if (end < start) return 0;
    if (part->len == 0) return 1;
    return match_at(s, at_end ? end : start, part);
}

_Bool pyr_str_startswith(PyrStr *s, PyrStr *prefix, int64_t start, int64_t end) {
    return tailmatch(s, prefix, start, end, 0);
}

_Bool pyr_str_endswith(PyrStr *s, PyrStr *suffix, int64_t start, int64_t end) {
    return tailmatch(s, suffix, start, end, 1);
}

/* s.startswith((a, b, ...)): the tuple's items are str. */
_Bool pyr_str_startswith_tuple(PyrStr *s, PyrTuple *prefixes, int64_t start, int64_t end) {
    for (int64_t i = 0; i < prefixes->len; i++)
        if (tailmatch(s, (const PyrStr *)prefixes->items[i].o, start, end, 0)) return 1;
    return 0;
}

_Bool pyr_str_endswith_tuple(PyrStr *s, PyrTuple *suffixes, int64_t start, int64_t end) {
    for (int64_t i = 0; i < suffixes->len; i++)
        if (tailmatch(s, (const PyrStr *)suffixes->items[i].o, start, end, 1)) return 1;
    return 0;
}

/* s.replace(old, new, count); a negative count replaces every occurrence. */
PyrStr *pyr_str_replace(PyrStr *s, PyrStr *old, PyrStr *new_, int64_t max) {
    if (max < 0) max = INT64_MAX;
    int64_t n = count(s, old, 0, s->len, max);
    if (n == 0) {
        s->ob.rc++;
        return s;
    }
    StrWriter w;
    pyr_writer_init(&w);
    int64_t at = 0;
    for (int64_t k = 0; k < n; k++) {
        int64_t i = old->len ? pyr_str_search(s, old, at, s->len, 0) : at;
        pyr_writer_substr(&w, s, at, i - at);
        pyr_writer_str(&w, new_);
        if (old->len == 0) { /* '' matches before every character */
            if (i < s->len) pyr_writer_char(&w, str_get(s, i));
            at = i + 1;
        } else {
            at = i + old->len;
        }
    }
    if (at < s->len) pyr_writer_substr(&w, s, at, s->len - at);
    return pyr_writer_finish(&w);
}

PyrStr *pyr_str_removeprefix(PyrStr *s, PyrStr *prefix) {
    if (prefix->len && tailmatch(s, prefix, 0, s->len, 0))
        return pyr_substr(s, prefix->len, s->len - prefix->len);
    s->ob.rc++;
    return s;
}

PyrStr *pyr_str_removesuffix(PyrStr *s, PyrStr *suffix) {
    if (suffix->len && tailmatch(s, suffix, 0, s->len, 1)) return pyr_substr(s, 0, s->len - suffix->len);
    s->ob.rc++;
    return s;
}
