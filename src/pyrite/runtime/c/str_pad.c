/* Trimming and padding: strip, lstrip, rstrip, ljust, rjust, center, zfill,
 * expandtabs. */
#include "str_internal.h"

enum { LEFT = 1, RIGHT = 2 };

/* Whether cp is one of chars (NULL: whitespace). */
static int in_set(uint32_t cp, const PyrStr *chars) {
    if (!chars) return is_space(cp);
    if (chars->kind == 1) return cp < 128 && memchr(chars->data, (int)cp, (size_t)chars->len) != NULL;
    for (int64_t i = 0; i < chars->len; i++)
        if (str_get(chars, i) == cp) return 1;
    return 0;
}

/* An ASCII s with ASCII chars (or whitespace): chars as a 128-bit set. */
static inline PyrStr *strip_ascii(PyrStr *s, const PyrStr *chars, int sides) {
    uint64_t set[2] = {chars ? 0 : ASCII_SPACES_LOW, 0};
    for (int64_t k = 0; chars && k < chars->len; k++) {
        unsigned char c = (unsigned char)chars->data[k];
        set[c >> 6] |= 1ull << (c & 63);
    }
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t i = 0, j = s->len;
    if (sides & LEFT)
        while (i < j && (set[d[i] >> 6] >> (d[i] & 63)) & 1) i++;
    if (sides & RIGHT)
        while (j > i && (set[d[j - 1] >> 6] >> (d[j - 1] & 63)) & 1) j--;
    return pyr_substr_or_self(s, i, j - i);
}

static PyrStr *strip(PyrStr *s, PyrStr *chars, int sides) {
    int64_t i = 0, j = s->len;
    if (sides & LEFT)
        while (i < j && in_set(str_get(s, i), chars)) i++;
    if (sides & RIGHT)
        while (j > i && in_set(str_get(s, j - 1), chars)) j--;
    return pyr_substr_or_self(s, i, j - i);
}

/* s.strip(chars), chars NULL for None (whitespace) */
static inline int ascii_args(const PyrStr *s, const PyrStr *chars) { return s->kind == 1 && (!chars || chars->kind == 1); }

PyrStr *pyr_str_strip(PyrStr *s, PyrStr *chars) {
    return ascii_args(s, chars) ? strip_ascii(s, chars, LEFT | RIGHT) : strip(s, chars, LEFT | RIGHT);
}

PyrStr *pyr_str_lstrip(PyrStr *s, PyrStr *chars) {
    return ascii_args(s, chars) ? strip_ascii(s, chars, LEFT) : strip(s, chars, LEFT);
}

PyrStr *pyr_str_rstrip(PyrStr *s, PyrStr *chars) {
    return ascii_args(s, chars) ? strip_ascii(s, chars, RIGHT) : strip(s, chars, RIGHT);
}

/* The fill character of ljust/rjust/center (NULL: a space); 0xFFFFFFFF with TypeError. */
static uint32_t fill_char(const PyrStr *fill) {
    if (!fill) return ' ';
    if (fill->len == 1) return str_get(fill, 0);
    pyr_raise_cstr(PYR_TypeError, "The fill character must be exactly one character long");
    return 0xFFFFFFFF;
}

static PyrStr *pad(PyrStr *s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) {
        s->ob.rc++;
        return s;
    }
    StrWriter w;
    pyr_writer_init(&w);
    pyr_writer_fill(&w, fill, left);
    pyr_writer_str(&w, s);
    pyr_writer_fill(&w, fill, right);
    return pyr_writer_finish(&w);
}

PyrStr *pyr_str_ljust(PyrStr *s, int64_t width, PyrStr *fill) {
    uint32_t c = fill_char(fill);
    return c == 0xFFFFFFFF ? NULL : pad(s, 0, width - s->len, c);
}

PyrStr *pyr_str_rjust(PyrStr *s, int64_t width, PyrStr *fill) {
    uint32_t c = fill_char(fill);
    return c == 0xFFFFFFFF ? NULL : pad(s, width - s->len, 0, c);
}

PyrStr *pyr_str_center(PyrStr *s, int64_t width, PyrStr *fill) {
    uint32_t c = fill_char(fill);
    if (c == 0xFFFFFFFF) return NULL;
    if (s->len >= width) return pad(s, 0, 0, c);
    int64_t margin = width - s->len;
    int64_t left = margin / 2 + (margin & width & 1); /* CPython's rounding */
    return pad(s, left, margin - left, c);
}

/* s.zfill(width): zeros after a leading sign. */
PyrStr *pyr_str_zfill(PyrStr *s, int64_t width) {
    if (s->len >= width) return pad(s, 0, 0, '0');
    StrWriter w;
    pyr_writer_init(&w);
    int64_t sign = s->len && (str_get(s, 0) == '+' || str_get(s, 0) == '-');
    if (sign) pyr_writer_char(&w, str_get(s, 0));
    pyr_writer_fill(&w, '0', width - s->len);
    pyr_writer_substr(&w, s, sign, s->len - sign);
    return pyr_writer_finish(&w);
}

/* s.expandtabs(tabsize) */
PyrStr *pyr_str_expandtabs(PyrStr *s, int64_t tabsize) {
    if (tabsize > INT32_MAX || tabsize < INT32_MIN) { /* CPython takes tabsize as a C int */
        pyr_raise_cstr(PYR_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    StrWriter w;
    pyr_writer_init(&w);
    int64_t column = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_get(s, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - column % tabsize;
                if (w.len > INT64_MAX / 8 - n) {
                    pyr_writer_free(&w);
                    pyr_raise_cstr(PYR_OverflowError, "new string is too long");
                    return NULL;
                }
                pyr_writer_fill(&w, ' ', n);
                column += n;
            }
        } else {
            pyr_writer_char(&w, c);
            column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
    }
    return pyr_writer_finish(&w);
}
