/* A float as text for format specs and %-formatting, digit for digit what
 * CPython's PyOS_double_to_string gives.
 *
 * CPython gets decimal digits from David Gay's dtoa: mode 0 (shortest
 * round-trip), mode 2 (n significant digits) and mode 3 (n digits after the
 * point), all correctly rounded. Here mode 0 comes from the scalar runtime's
 * repr (pyrite_format_f64, the same shortest digits) and modes 2 and 3 from
 * the C library's %.*e and %.*f, which glibc, musl and wasi-libc also round
 * correctly from the exact binary value. The layout (where the point goes,
 * padding zeros, when to switch to an exponent) follows format_float_short. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "str_internal.h"

typedef struct Digits {
    char *buf;        /* from pyr_mem_alloc; NULL when out of memory */
    const char *text; /* the significant digits, no leading or trailing zeros ("0" for zero) */
    int64_t len;
    int64_t decpt;    /* the value is 0.TEXT * 10**decpt */
} Digits;

/* Parses C's "D.DDDDe+XX", "DDD.DDD" or repr's text (in place) into digits. */
static void parse_digits(Digits *d, char *text) {
    int64_t len = 0, int_digits = -1, exp = 0;
    char *p = text;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.')
            int_digits = len;
        else
            text[len++] = *p;
    }
    if (int_digits < 0) int_digits = len;
    if (*p) exp = strtol(p + 1, NULL, 10);
    int64_t start = 0;
    while (start < len && text[start] == '0') start++;
    while (len > start && text[len - 1] == '0') len--;
    if (start == len) { /* zero, as dtoa gives it: "0" with the point after it */
        text[0] = '0';
        d->text = text;
        d->len = 1;
        d->decpt = 1;
        return;
    }
    d->text = text + start;
    d->len = len - start;
    d->decpt = int_digits + exp - start;
}

/* The digits of |x| (finite) as dtoa's mode 0, 2 (ndigits significant) or 3
 * (ndigits after the point) gives them. */
static Digits get_digits(double x, int mode, int ndigits) {
    Digits d = {0};
    x = fabs(x);
    int64_t size = mode == 0 ? 32 : (int64_t)ndigits + 330;
    d.buf = pyr_mem_alloc((size_t)size);
    if (!d.buf) return d;
    if (mode == 0)
        d.buf[pyrite_format_f64(x, d.buf)] = 0;
    else if (mode == 2)
        snprintf(d.buf, (size_t)size, "%.*e", ndigits - 1, x);
    else
        snprintf(d.buf, (size_t)size, "%.*f", ndigits, x);
    parse_digits(&d, d.buf);
    return d;
}

static char *put_zeros(char *p, int64_t n) {
    if (n > 0) memset(p, '0', (size_t)n);
    return p + (n > 0 ? n : 0);
}

static char *put_digits(char *p, const char *digits, int64_t n) {
    if (n > 0) memcpy(p, digits, (size_t)n);
    return p + (n > 0 ? n : 0);
}

/* format_float_short's layout of digits d for code e, f, g or r. */
static void layout(StrWriter *w, const Digits *d, int negative, char code, int precision, int flags, int upper) {
    int add_dot_0 = (flags & DTSF_ADD_DOT_0) != 0, alt = (flags & DTSF_ALT) != 0, use_exp = 0;
    int64_t decpt = d->decpt, ndigits = d->len, vend = ndigits, exp = 0;
    if (code == 'e') {
        use_exp = 1;
        vend = precision;
    } else if (code == 'f') {
        vend = decpt + precision;
    } else if (code == 'g') {
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt) vend = precision;
    } else {
        use_exp = decpt <= -4 || decpt > 16;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    int64_t least = !use_exp && add_dot_0 ? decpt + 1 : decpt;
    if (vend < least) vend = least;
    char *buf = pyr_mem_alloc((size_t)(vend - vstart + 16));
    if (!buf) {
        w->failed = 1;
        return;
    }
    char *p = buf;
    if (negative)
        *p++ = '-';
    else if (flags & DTSF_SIGN)
        *p++ = '+';
    if (decpt <= 0) {
        p = put_zeros(p, decpt - vstart);
        *p++ = '.';
        p = put_zeros(p, -decpt);
    }
    if (0 < decpt && decpt <= ndigits) {
        p = put_digits(p, d->text, decpt);
        *p++ = '.';
        p = put_digits(p, d->text + decpt, ndigits - decpt);
    } else {
        p = put_digits(p, d->text, ndigits);
    }
    if (ndigits < decpt) {
        p = put_zeros(p, decpt - ndigits);
        *p++ = '.';
        p = put_zeros(p, vend - decpt);
    } else {
        p = put_zeros(p, vend - ndigits);
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    pyr_writer_ascii(w, buf, p - buf);
    pyr_mem_free(buf);
}

void pyr_format_double(StrWriter *w, double x, char code, int precision, int flags) {
    int upper = code == 'E' || code == 'F' || code == 'G';
    int mode = 0;
    code = (char)(code | 0x20);
    if (code == 'e') {
        mode = 2;
        precision++;
    } else if (code == 'f') {
        mode = 3;
    } else if (code == 'g') {
        mode = 2;
        if (precision == 0) precision = 1;
    } else {
        precision = 0;
    }
    if (isnan(x)) { /* a NaN's sign is not shown */
        if (flags & DTSF_SIGN) pyr_writer_char(w, '+');
        pyr_writer_cstr(w, upper ? "NAN" : "nan");
        return;
    }
    if (isinf(x)) {
        if (x < 0 || (flags & DTSF_SIGN)) pyr_writer_char(w, x < 0 ? '-' : '+');
        pyr_writer_cstr(w, upper ? "INF" : "inf");
        return;
    }
    Digits d = get_digits(x, mode, precision);
    if (!d.buf) {
        w->failed = 1;
        return;
    }
    int negative = signbit(x) != 0;
    if ((flags & DTSF_NO_NEG_0) && d.len == 1 && d.text[0] == '0') negative = 0;
    layout(w, &d, negative, code, precision, flags, upper);
    pyr_mem_free(d.buf);
}
