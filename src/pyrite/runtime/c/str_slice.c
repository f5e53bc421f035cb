/* Substrings: slicing with CPython's slice rules, s * n, ord, chr, and the
 * static strings ('' and every ASCII character) they hand out instead of
 * allocating, as CPython does. */
#include "str_internal.h"

/* Laid out as PyrStr with room for one character and its NUL. */
typedef struct StaticStr {
    PyrObject ob;
    int64_t len;
    int64_t hash;
    int32_t kind;
    char data[2];
} StaticStr;

static StaticStr ascii_chars[128];
static StaticStr empty_str;

static PyrStr *immortal(StaticStr *s, int64_t len, char c) {
    if (s->ob.rc == 0) {
        s->ob.rc = PYR_IMMORTAL;
        s->ob.type = &pyr_str_type;
        s->len = len;
        s->hash = -1;
        s->kind = 1;
        s->data[0] = c;
        s->data[1] = 0;
    }
    s->ob.rc++;
    return (PyrStr *)s;
}

PyrStr *pyr_str_empty(void) { return immortal(&empty_str, 0, 0); }

PyrStr *pyr_str_char(uint32_t cp) {
    if (cp < 128) return immortal(&ascii_chars[cp], 1, (char)cp);
    PyrStr *s = pyr_str_new(1, 4);
    if (s) str_put(s, 0, cp);
    return s;
}

int pyr_str_range_ascii(const PyrStr *s, int64_t start, int64_t n) {
    if (s->kind == 1) return 1;
    for (int64_t i = start; i < start + n; i++)
        if (str_get(s, i) >= 128) return 0;
    return 1;
}

PyrStr *pyr_substr(const PyrStr *s, int64_t start, int64_t n) {
    if (n <= 0) return pyr_str_empty();
    if (n == 1) return pyr_str_char(str_get(s, start));
    int32_t kind = pyr_str_range_ascii(s, start, n) ? 1 : 4;
    PyrStr *out = pyr_str_new(n, kind);
    if (!out) return NULL;
    if (kind == s->kind)
        memcpy(out->data, s->data + start * kind, (size_t)(n * kind));
    else
        for (int64_t i = 0; i < n; i++) out->data[i] = (char)str_get(s, start + i);
    return out;
}

PyrStr *pyr_substr_or_self(PyrStr *s, int64_t start, int64_t n) {
    if (start == 0 && n == s->len) {
        s->ob.rc++;
        return s;
    }
    return pyr_substr(s, start, n);
}

/* PySlice_Unpack + PySlice_AdjustIndices for a sequence of length len.
 * flags: PYR_SLICE_START / _STOP / _STEP say which of the three were given
 * (an omitted part is Python's None). Returns the slice length, with *start
 * and *step set; -1 with ValueError for a zero step. */
int64_t pyr_slice_adjust(int64_t len, int64_t *start, int64_t stop, int64_t *step, int64_t flags) {
    int64_t st = (flags & PYR_SLICE_STEP) ? *step : 1;
    if (st == 0) {
        pyr_raise_cstr(PYR_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (st < -INT64_MAX) st = -INT64_MAX;
    int64_t a = (flags & PYR_SLICE_START) ? *start : st < 0 ? INT64_MAX : 0;
    int64_t b = (flags & PYR_SLICE_STOP) ? stop : st < 0 ? INT64_MIN : INT64_MAX;
    if (a < 0) {
        a += len;
        if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) {
        a = st < 0 ? len - 1 : len;
    }
    if (b < 0) {
        b += len;
        if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) {
        b = st < 0 ? len - 1 : len;
    }
    *start = a;
    *step = st;
    if (st < 0) return b < a ? (a - b - 1) / (-st) + 1 : 0;
    return a < b ? (b - a - 1) / st + 1 : 0;
}

/* s[start:stop:step] */
PyrStr *pyr_str_slice(PyrStr *s, int64_t start, int64_t stop, int64_t step, int64_t flags) {
    int64_t n = pyr_slice_adjust(s->len, &start, stop, &step, flags);
    if (n < 0) return NULL;
    if (step == 1) return pyr_substr_or_self(s, start, n);
    StrWriter w;
    pyr_writer_init(&w);
    for (int64_t i = 0, at = start; i < n; i++, at += step) pyr_writer_char(&w, str_get(s, at));
    return pyr_writer_finish(&w);
}

/* s * n (and n * s): n <= 0 gives ''. */
PyrStr *pyr_str_repeat(PyrStr *s, int64_t n) {
    if (n <= 0 || s->len == 0) return pyr_str_empty();
    if (n == 1) {
        s->ob.rc++;
        return s;
    }
    if (s->len > INT64_MAX / n) {
        pyr_raise_cstr(PYR_OverflowError, "repeated string is too long");
        return NULL;
    }
    int64_t size = s->len * s->kind;
    if (size > INT64_MAX / n) {
        pyrite_raise(PYR_MemoryError, "", 0);
        return NULL;
    }
    PyrStr *out = pyr_str_new(s->len * n, s->kind);
    if (!out) return NULL;
    if (size == 1) {
        memset(out->data, s->data[0], (size_t)n);
        return out;
    }
    memcpy(out->data, s->data, (size_t)size);
    int64_t done = size, total = size * n; /* double what is there until full */
    while (done < total) {
        int64_t chunk = done < total - done ? done : total - done;
        memcpy(out->data + done, out->data, (size_t)chunk);
        done += chunk;
    }
    return out;
}

/* ord(s) */
int64_t pyr_str_ord(PyrStr *s) {
    if (s->len != 1) {
        pyr_raise_format(PYR_TypeError, "ord() expected a character, but string of length %lld found",
                     (long long)s->len);
        return 0;
    }
    return str_get(s, 0);
}

/* chr(i): i is converted to a C int first, as CPython's argument clinic does. */
PyrStr *pyr_str_chr(int64_t i) {
    if (i > INT32_MAX || i < INT32_MIN) {
        pyr_raise_cstr(PYR_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (i < 0 || i > 0x10FFFF) {
        pyr_raise_cstr(PYR_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return pyr_str_char((uint32_t)i);
}
