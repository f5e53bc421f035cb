/* fmt % args: printf-style formatting as CPython's PyUnicode_Format does it,
 * messages included.
 *
 *     %[(key)][flags][width|*][.precision|*][h|l|L]type
 *
 * args is one value of any type; a tuple supplies one value per conversion,
 * any other value is the single one. As in CPython a list or dict argument is
 * a "mapping": unused, it raises no error. %(key)s looks the key up in it; a
 * list then raises CPython's TypeError and a dict NotImplementedError (the
 * dict runtime is not reachable from here yet). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "format.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Ctx {
    const PyrStr *fmt;
    int64_t pos, cnt; /* as CPython's fmtpos and fmtcnt */
    PyrValue args;
    const PyrType *args_type;
    int64_t arglen, argidx; /* -1 and -2 for a single value */
    int mapping;
} Ctx;

typedef struct Conv {
    uint32_t ch;
    int flags, sign;
    int64_t width, prec;
} Conv;

static uint32_t read_at(const Ctx *c) { return c->pos < c->fmt->len ? str_get(c->fmt, c->pos) : 0; }

/* unicode_format_getnextarg */
static int next_arg(Ctx *c, PyrValue *v, const PyrType **t) {
    int64_t i = c->argidx;
    if (i >= c->arglen) return fail(PYR_TypeError, "not enough arguments for format string");
    c->argidx++;
    if (c->arglen < 0) {
        *v = c->args;
        *t = c->args_type;
    } else {
        *v = ((const PyrTuple *)c->args.o)->items[i];
        *t = c->args_type->args[i];
    }
    return 1;
}

/* A '*' width or precision: the next argument, which must be an int. */
static int star_arg(Ctx *c, int64_t *out) {
    PyrValue v;
    const PyrType *t;
    if (!next_arg(c, &v, &t)) return 0;
    if (t->kind != PYR_INT && t->kind != PYR_BOOL) return fail(PYR_TypeError, "* wants int");
    *out = v.i;
    return 1;
}

static int mapping_key(Ctx *c) {
    if (!c->mapping) return fail(PYR_TypeError, "format requires a mapping");
    ++c->pos;
    --c->cnt;
    int depth = 1;
    while (depth > 0 && --c->cnt >= 0) {
        uint32_t ch = read_at(c);
        depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        c->pos++;
    }
    if (c->cnt < 0 || depth > 0) return fail(PYR_ValueError, "incomplete format key");
    if (c->args_type->kind == PYR_LIST) return fail(PYR_TypeError, "list indices must be integers or slices, not str");
    return fail(PYR_NotImplementedError, "Pyrite: %(key) formatting with a dict is not supported yet");
}

/* Reads digits after the first one (in conv->ch) into *value. */
static int digits(Ctx *c, Conv *conv, int64_t *value, int64_t limit, const char *too_big) {
    *value = conv->ch - '0';
    while (--c->cnt >= 0) {
        conv->ch = read_at(c);
        c->pos++;
        if (conv->ch < '0' || conv->ch > '9') break;
        int64_t d = conv->ch - '0';
        if (*value > (limit - d) / 10) return fail(PYR_ValueError, too_big);
        *value = *value * 10 + d;
    }
    return 1;
}

/* unicode_format_arg_parse */
static int parse_conv(Ctx *c, Conv *conv) {
    if (conv->ch == '(' && !mapping_key(c)) return 0;
    while (--c->cnt >= 0) {
        conv->ch = read_at(c);
        c->pos++;
        int flag = conv->ch == '-' ? F_LJUST : conv->ch == '+' ? F_SIGN : conv->ch == ' ' ? F_BLANK
                 : conv->ch == '#' ? F_ALT : conv->ch == '0' ? F_ZERO : 0;
        if (!flag) break;
        conv->flags |= flag;
    }
    if (conv->ch == '*') {
        if (!star_arg(c, &conv->width)) return 0;
        if (conv->width < 0) {
            conv->flags |= F_LJUST;
            conv->width = conv->width == INT64_MIN ? INT64_MAX : -conv->width;
        }
        if (--c->cnt >= 0) conv->ch = read_at(c), c->pos++;
    } else if (conv->ch >= '0' && conv->ch <= '9') {
        if (!digits(c, conv, &conv->width, INT64_MAX, "width too big")) return 0;
    }
    if (conv->ch == '.') {
        conv->prec = 0;
        if (--c->cnt >= 0) conv->ch = read_at(c), c->pos++;
        if (conv->ch == '*') {
            if (!star_arg(c, &conv->prec)) return 0;
            if (conv->prec > INT32_MAX || conv->prec < INT32_MIN)
                return fail(PYR_OverflowError, "Python int too large to convert to C int");
            if (conv->prec < 0) conv->prec = 0;
            if (--c->cnt >= 0) conv->ch = read_at(c), c->pos++;
        } else if (conv->ch >= '0' && conv->ch <= '9') {
            if (!digits(c, conv, &conv->prec, INT32_MAX, "precision too big")) return 0;
        }
    }
    if (c->cnt >= 0 && (conv->ch == 'h' || conv->ch == 'l' || conv->ch == 'L'))
        if (--c->cnt >= 0) conv->ch = read_at(c), c->pos++;
    if (c->cnt < 0) return fail(PYR_ValueError, "incomplete format");
    return 1;
}

/* _PyUnicode_FormatLong: sign, 0x/0X/0o prefix under '#', digits zero-padded to prec. */
static void integer_text(StrWriter *w, int negative, const char *digs, int64_t n, const Conv *conv) {
    if (negative) pyr_writer_char(w, '-');
    if ((conv->flags & F_ALT) && (conv->ch == 'x' || conv->ch == 'X' || conv->ch == 'o')) {
        pyr_writer_char(w, '0');
        pyr_writer_char(w, conv->ch);
    }
    pyr_writer_fill(w, '0', conv->prec - n);
    pyr_writer_ascii(w, digs, n);
}

/* mainformatlong: %d %i %u %o %x %X of an int, bool or (for d i u) float. */
static int format_long(StrWriter *w, PyrValue v, const PyrType *t, const Conv *conv) {
    int hex = conv->ch == 'x' || conv->ch == 'X', octal = conv->ch == 'o';
    if (t->kind == PYR_FLOAT && !hex && !octal) {
        double x = trunc(v.f);
        if (isinf(x)) return fail(PYR_OverflowError, "cannot convert float infinity to integer");
        if (isnan(x)) return fail(PYR_ValueError, "cannot convert float NaN to integer");
        char buf[400]; /* the exact integer, up to 309 digits */
        int n = snprintf(buf, sizeof buf, "%.0f", fabs(x));
        integer_text(w, x < 0, buf, n, conv);
        return 1;
    }
    if (t->kind != PYR_INT && t->kind != PYR_BOOL) {
        pyr_raise_format(PYR_TypeError, "%%%c format: %s is required, not %s", (char)conv->ch,
                     hex || octal ? "an integer" : "a real number", pyr_type_name(t));
        return 0;
    }
    int base = hex ? 16 : octal ? 8 : 10;
    const char *alphabet = conv->ch == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t mag = v.i < 0 ? 0 - (uint64_t)v.i : (uint64_t)v.i;
    char buf[64];
    int n = 0;
    do buf[63 - n++] = alphabet[mag % (uint64_t)base]; while ((mag /= (uint64_t)base) > 0);
    integer_text(w, v.i < 0, buf + 64 - n, n, conv);
    return 1;
}

/* formatfloat: %e %E %f %F %g %G */
static int format_real(StrWriter *w, PyrValue v, const PyrType *t, const Conv *conv) {
    double x;
    if (t->kind == PYR_FLOAT)
        x = v.f;
    else if (t->kind == PYR_INT || t->kind == PYR_BOOL)
        x = (double)v.i;
    else {
        pyr_raise_format(PYR_TypeError, "must be real number, not %s", pyr_type_name(t));
        return 0;
    }
    pyr_format_double(w, x, (char)conv->ch, conv->prec < 0 ? 6 : (int)conv->prec, conv->flags & F_ALT ? DTSF_ALT : 0);
    return 1;
}

/* formatchar: %c of a one-character str or an int code point. */
static int format_char(StrWriter *w, PyrValue v, const PyrType *t) {
    if (t->kind == PYR_STR && ((const PyrStr *)v.o)->len == 1) {
        pyr_writer_char(w, str_get((const PyrStr *)v.o, 0));
        return 1;
    }
    if (t->kind != PYR_INT && t->kind != PYR_BOOL) return fail(PYR_TypeError, "%c requires int or char");
    if (v.i < 0 || v.i > 0x10FFFF) return fail(PYR_OverflowError, "%c arg not in range(0x110000)");
    pyr_writer_char(w, (uint32_t)v.i);
    return 1;
}

/* unicode_format_arg_format: the converted text of one argument, into w. */
static int convert(Ctx *c, Conv *conv, StrWriter *w) {
    PyrValue v;
    const PyrType *t;
    if (!next_arg(c, &v, &t)) return 0;
    PyrStr *s = NULL;
    switch (conv->ch) {
    case 's':
        s = pyr_to_str_value(v, t);
        break;
    case 'r':
        s = pyr_repr_value(v, t);
        break;
    case 'a': {
        int64_t bits;
        memcpy(&bits, &v, sizeof bits);
        s = pyr_ascii(bits, t);
        break;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        conv->sign = 1;
        return format_long(w, v, t, conv);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        conv->sign = 1;
        return format_real(w, v, t, conv);
    case 'c':
        return format_char(w, v, t);
    default:
        pyr_raise_format(PYR_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                     conv->ch >= 31 && conv->ch <= 126 ? (char)conv->ch : '?', (unsigned)conv->ch,
                     (long long)(c->pos - 1));
        return 0;
    }
    if (!s) return 0;
    pyr_writer_str(w, s);
    pyr_decref(&s->ob);
    return 1;
}

/* unicode_format_arg_output: sign, '#' prefix, padding and precision around text. */
static void output(StrWriter *out, Conv *conv, const StrWriter *text) {
    int64_t len = text->len, at = 0;
    uint32_t fill = conv->sign && (conv->flags & F_ZERO) ? '0' : ' ', sign = 0;
    if ((conv->ch == 's' || conv->ch == 'r' || conv->ch == 'a') && conv->prec >= 0 && len > conv->prec)
        len = conv->prec;
    if (conv->sign) {
        uint32_t first = len ? pyr_writer_at(text, 0) : 0;
        if (first == '-' || first == '+')
            sign = first, len--, at++;
        else if (conv->flags & F_SIGN)
            sign = '+';
        else if (conv->flags & F_BLANK)
            sign = ' ';
        else
            conv->sign = 0;
    }
    int64_t width = conv->width < len ? len : conv->width;
    int prefix = (conv->flags & F_ALT) && (conv->ch == 'x' || conv->ch == 'X' || conv->ch == 'o');
    if (conv->sign) {
        if (fill != ' ') pyr_writer_char(out, sign);
        if (width > len) width--;
    }
    if (prefix) {
        if (fill != ' ') {
            pyr_writer_char(out, '0');
            pyr_writer_char(out, conv->ch);
            at += 2;
        }
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(conv->flags & F_LJUST)) {
        pyr_writer_fill(out, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (conv->sign) pyr_writer_char(out, sign);
        if (prefix) {
            pyr_writer_char(out, '0');
            pyr_writer_char(out, conv->ch);
            at += 2;
        }
    }
    for (int64_t i = 0; i < len; i++) pyr_writer_char(out, pyr_writer_at(text, at + i));
    pyr_writer_fill(out, ' ', width - len);
}

/* unicode_format_arg: one conversion, after its '%'. */
static int format_arg(Ctx *c, StrWriter *out) {
    Conv conv = {.ch = read_at(c), .width = -1, .prec = -1};
    if (conv.ch == '%') {
        c->pos++;
        c->cnt--;
        pyr_writer_char(out, '%');
        return 1;
    }
    if (!parse_conv(c, &conv)) return 0;
    StrWriter text;
    pyr_writer_init(&text);
    int ok = convert(c, &conv, &text);
    if (ok) output(out, &conv, &text);
    if (text.failed) out->failed = 1;
    pyr_writer_free(&text);
    return ok;
}

/* fmt % args, args given as its 8 bytes and its descriptor. */
PyrStr *pyr_str_mod(PyrStr *fmt, int64_t bits, const PyrType *t) {
    Ctx c = {.fmt = fmt, .cnt = fmt->len, .args_type = t, .arglen = -1, .argidx = -2};
    memcpy(&c.args, &bits, sizeof c.args);
    if (t->kind == PYR_TUPLE) c.arglen = ((const PyrTuple *)c.args.o)->len, c.argidx = 0;
    c.mapping = t->kind == PYR_LIST || t->kind == PYR_DICT;
    StrWriter out;
    pyr_writer_init(&out);
    while (--c.cnt >= 0) {
        if (read_at(&c) != '%') {
            int64_t start = c.pos++;
            while (c.cnt >= 0 && read_at(&c) != '%') c.pos++, c.cnt--;
            if (c.cnt < 0) c.pos--;
            pyr_writer_substr(&out, fmt, start, c.pos - start);
        } else {
            c.pos++;
            if (!format_arg(&c, &out)) {
                pyr_writer_free(&out);
                return NULL;
            }
        }
    }
    if (c.argidx < c.arglen && !c.mapping) {
        pyr_writer_free(&out);
        pyr_raise_cstr(PYR_TypeError, "not all arguments converted during string formatting");
        return NULL;
    }
    return pyr_writer_finish(&out);
}
