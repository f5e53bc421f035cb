/* format(value, spec): CPython's format-spec mini-language for int, bool,
 * float and str (Python/formatter_unicode.c's rules and messages), and
 * str(value) for an empty spec.
 *
 *     [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 *
 * Every value of another type accepts only the empty spec, as object.__format__.
 * Locale-dependent 'n' behaves as in the C locale, which is what a CPython
 * process uses for LC_NUMERIC unless the program calls locale.setlocale. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "format.h"

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* A character for an error message: 'c' when printable ASCII, else '\xNN'. */
static const char *quoted(uint32_t c, char *buf) {
    if (c > 32 && c < 128)
        snprintf(buf, 16, "'%c'", (char)c);
    else
        snprintf(buf, 16, "'\\x%x'", (unsigned)c);
    return buf;
}

/* get_integer: decimal digits (any Unicode decimal) at *pos; -1 with ValueError on overflow. */
static int64_t get_integer(const PyrStr *spec, int64_t *pos, int64_t *value) {
    int64_t n = 0, acc = 0, d;
    for (; *pos < spec->len && (d = pyr_unicode_decimal(str_get(spec, *pos))) >= 0; ++*pos, n++) {
        if (acc > (INT64_MAX - d) / 10) {
            pyr_raise_cstr(PYR_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *value = acc;
    return n;
}

static int invalid_spec(const PyrStr *spec, const char *type_name) {
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_cstr(&b, "Invalid format specifier '");
    pyr_buf_str(&b, spec);
    pyr_buf_cstr(&b, "' for object of type '");
    pyr_buf_cstr(&b, type_name);
    pyr_buf_cstr(&b, "'");
    pyrite_raise(PYR_ValueError, b.data ? b.data : "", b.len);
    pyr_buf_free(&b);
    return 0;
}

/* The thousands separator must suit the type: b o x X group '_' by four. */
static int check_separator(Spec *f) {
    char a[16], b[16];
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return 1;
    case 'b': case 'o': case 'x': case 'X':
        if (f->thousands == '_') {
            f->group = 4;
            return 1;
        }
        /* fall through */
    default:
        pyr_raise_format(PYR_ValueError, "Cannot specify %s with %s.", quoted(f->thousands, a), quoted(f->type, b));
        return 0;
    }
}

int pyr_parse_spec(const PyrStr *spec, Spec *f, uint32_t default_type, uint32_t default_align, const char *type_name) {
    int64_t pos = 0, end = spec->len;
    int fill_given = 0, align_given = 0;
    *f = (Spec){.fill = ' ', .align = default_align, .width = -1, .precision = -1, .type = default_type};
    if (end - pos >= 2 && is_align(str_get(spec, pos + 1))) {
        f->fill = str_get(spec, pos);
        f->align = str_get(spec, pos + 1);
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(str_get(spec, pos))) {
        f->align = str_get(spec, pos++);
        align_given = 1;
    }
    if (pos < end && (str_get(spec, pos) == '+' || str_get(spec, pos) == '-' || str_get(spec, pos) == ' '))
        f->sign = str_get(spec, pos++);
    if (pos < end && str_get(spec, pos) == 'z') f->no_neg_0 = 1, pos++;
    if (pos < end && str_get(spec, pos) == '#') f->alternate = 1, pos++;
    if (!fill_given && pos < end && str_get(spec, pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t n = get_integer(spec, &pos, &f->width);
    if (n < 0) return 0;
    if (n == 0) f->width = -1;
    if (pos < end && str_get(spec, pos) == ',') f->thousands = ',', pos++;
    if (pos < end && str_get(spec, pos) == '_') {
        if (f->thousands) return fail(PYR_ValueError, "Cannot specify both ',' and '_'.");
        f->thousands = '_';
        pos++;
    }
    if (pos < end && str_get(spec, pos) == ',' && f->thousands == '_')
        return fail(PYR_ValueError, "Cannot specify both ',' and '_'.");
    if (pos < end && str_get(spec, pos) == '.') {
        pos++;
        n = get_integer(spec, &pos, &f->precision);
        if (n < 0) return 0;
        if (n == 0) return fail(PYR_ValueError, "Format specifier missing precision");
    }
    if (end - pos > 1) return invalid_spec(spec, type_name);
    if (end - pos == 1) f->type = str_get(spec, pos);
    if (f->thousands) {
        f->group = 3;
        return check_separator(f);
    }
    return 1;
}

int pyr_unknown_format_code(uint32_t type, const char *type_name) {
    char q[16];
    pyr_raise_format(PYR_ValueError, "Unknown format code %s for object of type '%s'", quoted(type, q), type_name);
    return 0;
}

/* _PyUnicode_InsertThousandsGrouping, written right to left into out's end:
 * digits grouped by `group` (0: none), padded with zeros to min_width.
 * With out NULL, only counts. Returns the length. */
static int64_t grouped(char *out, const char *digits, int64_t n, int64_t min_width, int group, char sep) {
    int64_t remaining = n, count = 0, at = n; /* at: how many digits are still to place */
    if (min_width < 0) min_width = 0;
    for (int first = 1;; first = 0) {
        int64_t most = remaining > min_width ? remaining : min_width;
        if (most < 1) most = 1;
        int64_t l = group && group < most ? group : most;
        int64_t zeros = l > remaining ? l - remaining : 0, chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        if (!first) {
            count++;
            if (out) *--out = sep;
        }
        for (int64_t k = 0; k < chars; k++)
            if (out) *--out = digits[--at];
        for (int64_t k = 0; k < zeros; k++)
            if (out) *--out = '0';
        count += chars + zeros;
        remaining -= chars;
        min_width -= l;
        if (!group || (remaining <= 0 && min_width <= 0)) return count;
        min_width -= 1;
    }
}

/* calc_number_widths + fill_number: the padded, signed, grouped number. */
void pyr_write_number(StrWriter *w, const Spec *f, const Number *num) {
    char sign = 0;
    if (f->sign == '+')
        sign = num->negative ? '-' : '+';
    else if (f->sign == ' ')
        sign = num->negative ? '-' : ' ';
    else if (num->negative)
        sign = '-';
    int64_t fixed = (sign != 0) + num->n_prefix + num->n_rest + num->has_char;
    int64_t min_width = f->fill == '0' && f->align == '=' ? f->width - fixed : 0;
    int group = f->group && f->type != 'n' ? f->group : 0;
    char sep = (char)f->thousands;
    int64_t n_grouped = num->n_digits ? grouped(NULL, num->digits, num->n_digits, min_width, group, sep) : 0;
    int64_t padding = f->width - (fixed + n_grouped), left = 0, inner = 0, right = 0;
    if (padding > 0) {
        if (f->align == '<') right = padding;
        else if (f->align == '^') left = padding / 2, right = padding - left;
        else if (f->align == '=') inner = padding;
        else left = padding;
    }
    pyr_writer_fill(w, f->fill, left);
    if (sign) pyr_writer_char(w, (uint32_t)sign);
    pyr_writer_ascii(w, num->prefix, num->n_prefix);
    pyr_writer_fill(w, f->fill, inner);
    if (n_grouped) {
        char *buf = pyr_mem_alloc((size_t)n_grouped);
        if (!buf) {
            w->failed = 1;
            return;
        }
        grouped(buf + n_grouped, num->digits, num->n_digits, min_width, group, sep);
        pyr_writer_ascii(w, buf, n_grouped);
        pyr_mem_free(buf);
    }
    pyr_writer_ascii(w, num->rest, num->n_rest);
    if (num->has_char) pyr_writer_char(w, num->ch);
    pyr_writer_fill(w, f->fill, right);
}

static int format_char(StrWriter *w, int64_t x, const Spec *f) {
    if (f->sign) return fail(PYR_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate)
        return fail(PYR_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (x < 0 || x > 0x10FFFF) return fail(PYR_OverflowError, "%c arg not in range(0x110000)");
    Number num = {.has_char = 1, .ch = (uint32_t)x};
    pyr_write_number(w, f, &num);
    return 1;
}

/* format_long_internal for the integer presentation types b c d n o x X. */
static int format_integer(StrWriter *w, int64_t x, const Spec *f) {
    if (f->precision != -1) return fail(PYR_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return fail(PYR_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') return format_char(w, x, f);
    int base = f->type == 'b' ? 2 : f->type == 'o' ? 8 : f->type == 'x' || f->type == 'X' ? 16 : 10;
    const char *alphabet = f->type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[64], prefix[2] = {'0', f->type == 'X' ? 'X' : (char)f->type};
    uint64_t mag = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    int n = 0;
    do digits[63 - n++] = alphabet[mag % (uint64_t)base]; while ((mag /= (uint64_t)base) > 0);
    Number num = {.negative = x < 0, .prefix = prefix, .n_prefix = f->alternate && base != 10 ? 2 : 0,
                  .digits = digits + 64 - n, .n_digits = n};
    pyr_write_number(w, f, &num);
    return 1;
}

/* format_float_internal */
static int format_floating(StrWriter *w, double x, const Spec *f) {
    if (f->precision > INT_MAX) return fail(PYR_ValueError, "precision too big");
    int precision = (int)f->precision, default_precision = 6, flags = 0, percent = 0;
    char type = (char)f->type;
    if (f->alternate) flags |= DTSF_ALT;
    if (f->no_neg_0) flags |= DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        percent = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    StrWriter text;
    pyr_writer_init(&text);
    pyr_format_double(&text, x, type, precision, flags);
    if (percent) pyr_writer_char(&text, '%');
    if (text.failed) {
        pyr_writer_free(&text);
        w->failed = 1;
        return 1;
    }
    const char *p = text.data ? text.data : "";
    int64_t len = text.len, start = *p == '-', n = start;
    while (n < len && p[n] >= '0' && p[n] <= '9') n++;
    Number num = {.negative = start, .digits = p + start, .n_digits = n - start, .rest = p + n, .n_rest = len - n};
    pyr_write_number(w, f, &num);
    pyr_writer_free(&text);
    return 1;
}

/* format_string_internal */
static int format_text(StrWriter *w, const PyrStr *s, const Spec *f) {
    if (f->sign == ' ') return fail(PYR_ValueError, "Space not allowed in string format specifier");
    if (f->sign) return fail(PYR_ValueError, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return fail(PYR_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return fail(PYR_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return fail(PYR_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = f->precision >= 0 && s->len > f->precision ? f->precision : s->len;
    int64_t total = f->width > len ? f->width : len, left = 0;
    if (f->align == '>')
        left = total - len;
    else if (f->align == '^')
        left = (total - len) / 2;
    pyr_writer_fill(w, f->fill, left);
    pyr_writer_substr(w, s, 0, len);
    pyr_writer_fill(w, f->fill, total - len - left);
    return 1;
}

int pyr_format_int_into(StrWriter *w, int64_t x, const PyrStr *spec, const char *type_name) {
    Spec f;
    if (!pyr_parse_spec(spec, &f, 'd', '>', type_name)) return 0;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_integer(w, x, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_floating(w, (double)x, &f);
    default:
        return pyr_unknown_format_code(f.type, type_name);
    }
}

int pyr_format_float_into(StrWriter *w, double x, const PyrStr *spec) {
    Spec f;
    if (!pyr_parse_spec(spec, &f, 0, '>', "float")) return 0;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': case 0:
        return format_floating(w, x, &f);
    default:
        return pyr_unknown_format_code(f.type, "float");
    }
}

int pyr_format_str_into(StrWriter *w, const PyrStr *s, const PyrStr *spec) {
    Spec f;
    if (!pyr_parse_spec(spec, &f, 's', '<', "str")) return 0;
    if (f.type != 's') return pyr_unknown_format_code(f.type, "str");
    return format_text(w, s, &f);
}

/* format(v, spec) for a value of any type into w; 0 with an exception raised. */
int pyr_format_value_into(StrWriter *w, PyrValue v, const PyrType *t, const PyrStr *spec) {
    if (spec->len == 0) {
        PyrStr *s = t->kind == PYR_STR ? (PyrStr *)v.o : pyr_to_str_value(v, t);
        if (!s) return 0;
        pyr_writer_str(w, s);
        if (t->kind != PYR_STR) pyr_decref(&s->ob);
        return 1;
    }
    switch (t->kind) {
    case PYR_INT:
        return pyr_format_int_into(w, v.i, spec, "int");
    case PYR_BOOL:
        return pyr_format_int_into(w, v.i, spec, "bool");
    case PYR_FLOAT:
        return pyr_format_float_into(w, v.f, spec);
    case PYR_STR:
        return pyr_format_str_into(w, (const PyrStr *)v.o, spec);
    default:
        pyr_raise_format(PYR_TypeError, "unsupported format string passed to %s.__format__", pyr_type_name(t));
        return 0;
    }
}

static PyrStr *finish(StrWriter *w, int ok) {
    if (ok) return pyr_writer_finish(w);
    pyr_writer_free(w);
    return NULL;
}

/* format(x, spec) for an int */
PyrStr *pyr_format_int(int64_t x, PyrStr *spec) {
    PyrValue v = {.i = x};
    StrWriter w;
    pyr_writer_init(&w);
    return finish(&w, pyr_format_value_into(&w, v, &pyr_int_type, spec));
}

PyrStr *pyr_format_bool(_Bool x, PyrStr *spec) {
    PyrValue v = {.i = x};
    StrWriter w;
    pyr_writer_init(&w);
    return finish(&w, pyr_format_value_into(&w, v, &pyr_bool_type, spec));
}

PyrStr *pyr_format_float(double x, PyrStr *spec) {
    PyrValue v = {.f = x};
    StrWriter w;
    pyr_writer_init(&w);
    return finish(&w, pyr_format_value_into(&w, v, &pyr_float_type, spec));
}

PyrStr *pyr_format_str(PyrStr *s, PyrStr *spec) {
    if (spec->len == 0) {
        s->ob.rc++;
        return s;
    }
    StrWriter w;
    pyr_writer_init(&w);
    return finish(&w, pyr_format_str_into(&w, s, spec));
}

/* format(value, spec) for a value of any type, given as its 8 bytes and its descriptor. */
PyrStr *pyr_format_value(int64_t bits, const PyrType *t, PyrStr *spec) {
    PyrValue v;
    memcpy(&v, &bits, sizeof v);
    StrWriter w;
    pyr_writer_init(&w);
    return finish(&w, pyr_format_value_into(&w, v, t, spec));
}
