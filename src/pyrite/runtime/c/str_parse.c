/* int(s), int(s, base) and float(s) with CPython's syntax and messages.
 *
 * As CPython does (_PyUnicode_TransformDecimalAndSpaceToASCII), the text is
 * first made ASCII: Unicode whitespace becomes ' ', Unicode decimal digits
 * ('٣', '𝟙') become '0'-'9', and the first other non-ASCII character ends it
 * with an invalid '?'. The ASCII text is then parsed by CPython's rules:
 * PyLong_FromString for int (underscores between digits, base prefixes, the
 * 4300-digit limit) and float()'s (underscores between digits, inf/nan,
 * no hex). An int literal beyond 64 bits raises Pyrite's OverflowError. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "str_internal.h"

static const char OVERFLOW_MESSAGE[] = "integer overflow: the result does not fit in 64 bits";
enum { MAX_STR_DIGITS = 4300 }; /* sys.int_info.default_max_str_digits */

/* s as ASCII bytes (NUL-terminated, from pyr_mem_alloc), or NULL for MemoryError. */
static char *to_ascii(const PyrStr *s, int64_t *len) {
    char *out = pyr_mem_alloc((size_t)s->len + 1);
    if (!out) {
        pyrite_raise(PYR_MemoryError, "", 0);
        return NULL;
    }
    int64_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = str_get(s, i);
        int d;
        if (c < 127)
            out[n++] = (char)c;
        else if (is_space(c))
            out[n++] = ' ';
        else if ((d = pyr_unicode_decimal(c)) >= 0)
            out[n++] = (char)('0' + d);
        else {
            out[n++] = '?';
            break;
        }
    }
    out[n] = 0;
    *len = n;
    return out;
}

/* Raises kind with message head + repr(s), the repr cut to max code points. */
static void raise_with_repr(int32_t kind, const char *head, PyrStr *s, int64_t max) {
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_cstr(&b, head);
    PyrValue v = {.o = &s->ob};
    PyrBuf r;
    pyr_buf_init(&r);
    pyr_repr_into(&r, v, &pyr_str_type);
    int64_t at = 0, count = 0; /* keep the first max code points of the UTF-8 text */
    while (at < r.len && count < max) {
        at++;
        while (at < r.len && ((unsigned char)r.data[at] & 0xC0) == 0x80) at++;
        count++;
    }
    pyr_buf_bytes(&b, r.data, at);
    pyrite_raise(kind, b.data ? b.data : "", b.len);
    pyr_buf_free(&r);
    pyr_buf_free(&b);
}

static int ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 37;
}

static int prefix_for(int base, char c) {
    c = (char)(c | 0x20);
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

typedef enum { INT_OK, INT_INVALID, INT_TOO_MANY_DIGITS, INT_OVERFLOW } IntStatus;

/* PyLong_FromString's grammar on NUL-terminated ASCII p. */
static IntStatus parse_int(const char *p, int base, int64_t *value, int64_t *ndigits) {
    int negative = 0, nonzero_is_error = 0;
    while (ascii_space(*p)) p++;
    if (*p == '+' || *p == '-') negative = *p++ == '-';
    if (base == 0) {
        char c = (char)(p[1] | 0x20);
        base = p[0] != '0' ? 10 : c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (base == 0) { /* "0..." without a prefix: only zero is allowed */
            nonzero_is_error = 1;
            base = 10;
        }
    }
    if (p[0] == '0' && prefix_for(base, p[1])) {
        p += 2;
        if (*p == '_') p++; /* one underscore may follow the prefix */
    }
    if (*p == '_') return INT_INVALID;
    const char *start = p;
    uint64_t magnitude = 0, limit = negative ? (uint64_t)1 << 63 : INT64_MAX;
    int overflow = 0;
    char prev = 0;
    *ndigits = 0;
    for (; digit_value(*p) < base || *p == '_'; prev = *p++) {
        if (*p == '_') {
            if (prev == '_') return INT_INVALID;
            continue;
        }
        ++*ndigits;
        uint64_t d = (uint64_t)digit_value(*p);
        if (magnitude > (limit - d) / (uint64_t)base) overflow = 1;
        else magnitude = magnitude * (uint64_t)base + d;
    }
    if (prev == '_') return INT_INVALID;
    if ((base & (base - 1)) != 0 && *ndigits > MAX_STR_DIGITS) return INT_TOO_MANY_DIGITS;
    if (p == start || (nonzero_is_error && (magnitude || overflow))) return INT_INVALID;
    while (ascii_space(*p)) p++;
    if (*p) return INT_INVALID;
    if (overflow) return INT_OVERFLOW;
    *value = negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
    return INT_OK;
}

/* int(s, base); int(s) is base 10. */
int64_t pyr_str_to_int(PyrStr *s, int64_t base) {
    if (base != 0 && (base < 2 || base > 36)) {
        pyr_raise_cstr(PYR_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    int64_t len, value = 0, ndigits = 0;
    char *text = to_ascii(s, &len);
    if (!text) return 0;
    IntStatus status = (int64_t)strlen(text) == len ? parse_int(text, (int)base, &value, &ndigits) : INT_INVALID;
    pyr_mem_free(text);
    if (status == INT_TOO_MANY_DIGITS) {
        pyr_raise_format(PYR_ValueError,
                     "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; "
                     "use sys.set_int_max_str_digits() to increase the limit",
                     MAX_STR_DIGITS, (long long)ndigits);
    } else if (status == INT_OVERFLOW) {
        pyr_raise_cstr(PYR_OverflowError, OVERFLOW_MESSAGE);
    } else if (status == INT_INVALID) {
        char head[64];
        snprintf(head, sizeof head, "invalid literal for int() with base %d: ", (int)base);
        raise_with_repr(PYR_ValueError, head, s, 200);
    }
    return value;
}

static int match_word(const char *p, const char *word) { /* word is lower case */
    for (; *word; p++, word++)
        if ((*p | 0x20) != *word) return 0;
    return 1;
}

/* _Py_dg_strtod's grammar, then _Py_parse_inf_or_nan's: the length of the
 * number at the start of p, 0 if there is none. */
static int64_t number_length(const char *p) {
    const char *q = p;
    if (*q == '+' || *q == '-') q++;
    const char *digits = q;
    while (*q >= '0' && *q <= '9') q++;
    int64_t before = q - digits;
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9') q++;
    }
    if (before == 0 && q - digits <= 1) { /* no digit: maybe inf or nan */
        if (match_word(digits, "inf")) return digits - p + (match_word(digits + 3, "inity") ? 8 : 3);
        if (match_word(digits, "nan")) return digits - p + 3;
        return 0;
    }
    if (*q == 'e' || *q == 'E') {
        const char *e = q + 1;
        if (*e == '+' || *e == '-') e++;
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9') e++;
            q = e;
        }
    }
    return q - p;
}

/* Removes underscores from p[0:n] in place if each sits between two digits;
 * returns the new length, or -1 when one does not. */
static int64_t drop_underscores(char *p, int64_t n) {
    int64_t out = 0;
    char prev = 0;
    for (int64_t i = 0; i < n; prev = p[i++]) {
        int digit_before = prev >= '0' && prev <= '9';
        if (p[i] == '_') {
            if (!digit_before) return -1;
            continue;
        }
        if (prev == '_' && !(p[i] >= '0' && p[i] <= '9')) return -1;
        p[out++] = p[i];
    }
    if (prev == '_') return -1;
    p[out] = 0;
    return out;
}

/* float(s) */
double pyr_str_to_float(PyrStr *s) {
    int64_t len;
    char *text = to_ascii(s, &len);
    if (!text) return 0;
    char *p = text, *last = text + len;
    while (p < last && ascii_space(*p)) p++;
    while (last > p && ascii_space(last[-1])) last--;
    *last = 0;
    int64_t n = last - p;
    double value = 0;
    int ok = (int64_t)strlen(p) == n && (n = drop_underscores(p, n)) > 0 && number_length(p) == n;
    if (ok) {
        char *digits = p + (*p == '+' || *p == '-');
        if ((*digits | 0x20) == 'i')
            value = INFINITY;
        else if ((*digits | 0x20) == 'n')
            value = NAN;
        else
            value = strtod(digits, NULL);
        if (*p == '-') value = -value;
    }
    pyr_mem_free(text);
    if (!ok) raise_with_repr(PYR_ValueError, "could not convert string to float: ", s, INT64_MAX);
    return value;
}
