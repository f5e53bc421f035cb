/* Any value by its type descriptor: repr, str(), equality, ordering, hash. */
#include <math.h>
#include <string.h>

#include "pyrite.h"

int pyr_unicode_isprintable(uint32_t cp); /* unicode_db.c, generated from unicodedata */

static void repr_str(PyrBuf *b, const PyrStr *s) {
    int has_single = 0, has_double = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = pyr_str_at(s, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    char quote = has_single && !has_double ? '"' : '\'';
    pyr_buf_bytes(b, &quote, 1);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = pyr_str_at(s, i);
        char esc[16];
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            pyr_buf_bytes(b, esc, 2);
        } else if (c == '\t') {
            pyr_buf_cstr(b, "\\t");
        } else if (c == '\n') {
            pyr_buf_cstr(b, "\\n");
        } else if (c == '\r') {
            pyr_buf_cstr(b, "\\r");
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !pyr_unicode_isprintable(c))) {
            static const char hex[] = "0123456789abcdef";
            int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
            esc[0] = '\\';
            esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int k = 0; k < digits; k++) esc[2 + k] = hex[(c >> (4 * (digits - 1 - k))) & 0xF];
            pyr_buf_bytes(b, esc, 2 + digits);
        } else {
            pyr_buf_codepoint(b, c);
        }
    }
    pyr_buf_bytes(b, &quote, 1);
}

static void repr_items(PyrBuf *b, const PyrValue *items, int64_t n, const PyrType *t, const PyrType *const *per_item) {
    for (int64_t i = 0; i < n; i++) {
        if (i) pyr_buf_cstr(b, ", ");
        pyr_repr_into(b, items[i], per_item ? per_item[i] : t);
    }
}

void pyr_repr_into(PyrBuf *b, PyrValue v, const PyrType *t) {
    char num[32];
    switch (t->kind) {
    case PYR_INT:
        pyr_buf_bytes(b, num, pyrite_format_i64(v.i, num));
        return;
    case PYR_FLOAT:
        pyr_buf_bytes(b, num, pyrite_format_f64(v.f, num));
        return;
    case PYR_BOOL:
        pyr_buf_cstr(b, v.i ? "True" : "False");
        return;
    case PYR_NONE:
        pyr_buf_cstr(b, "None");
        return;
    case PYR_STR:
        repr_str(b, (const PyrStr *)v.o);
        return;
    case PYR_LIST: {
        const PyrList *l = (const PyrList *)v.o;
        pyr_buf_cstr(b, "[");
        repr_items(b, l->items, l->len, t->args[0], NULL);
        pyr_buf_cstr(b, "]");
        return;
    }
    case PYR_TUPLE: {
        const PyrTuple *tu = (const PyrTuple *)v.o;
        pyr_buf_cstr(b, "(");
        repr_items(b, tu->items, tu->len, NULL, t->args);
        pyr_buf_cstr(b, tu->len == 1 ? ",)" : ")");
        return;
    }
    default:
        pyr_buf_cstr(b, "<object>");
    }
}

void pyr_str_into(PyrBuf *b, PyrValue v, const PyrType *t) {
    if (t->kind == PYR_STR)
        pyr_buf_str(b, (const PyrStr *)v.o);
    else
        pyr_repr_into(b, v, t);
}

int pyr_str_equal(const PyrStr *a, const PyrStr *b);
int pyr_str_order(const PyrStr *a, const PyrStr *b);
int64_t pyr_str_hash(PyrStr *s);

int pyr_value_eq(PyrValue a, PyrValue b, const PyrType *t) {
    switch (t->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return a.i == b.i;
    case PYR_FLOAT:
        return a.f == b.f;
    case PYR_NONE:
        return 1;
    case PYR_STR:
        return pyr_str_equal((const PyrStr *)a.o, (const PyrStr *)b.o);
    case PYR_LIST: {
        const PyrList *x = (const PyrList *)a.o, *y = (const PyrList *)b.o;
        if (x->len != y->len) return 0;
        for (int64_t i = 0; i < x->len; i++)
            if (!pyr_value_eq(x->items[i], y->items[i], t->args[0])) return 0;
        return 1;
    }
    case PYR_TUPLE: {
        const PyrTuple *x = (const PyrTuple *)a.o, *y = (const PyrTuple *)b.o;
        for (int64_t i = 0; i < x->len; i++)
            if (!pyr_value_eq(x->items[i], y->items[i], t->args[i])) return 0;
        return 1;
    }
    default:
        return a.o == b.o;
    }
}

/* Lexicographic comparison of sequences as CPython does it: the first unequal
 * pair decides with <, else the lengths. */
static int cmp_seq(const PyrValue *x, int64_t nx, const PyrValue *y, int64_t ny, const PyrType *t,
                   const PyrType *const *per_item) {
    int64_t n = nx < ny ? nx : ny;
    for (int64_t i = 0; i < n; i++) {
        const PyrType *it = per_item ? per_item[i] : t;
        if (!pyr_value_eq(x[i], y[i], it)) return pyr_value_cmp(x[i], y[i], it);
    }
    return nx < ny ? -1 : nx > ny ? 1 : 0;
}

int pyr_value_cmp(PyrValue a, PyrValue b, const PyrType *t) {
    switch (t->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    case PYR_FLOAT:
        return a.f < b.f ? -1 : a.f > b.f ? 1 : 0;
    case PYR_STR:
        return pyr_str_order((const PyrStr *)a.o, (const PyrStr *)b.o);
    case PYR_LIST: {
        const PyrList *x = (const PyrList *)a.o, *y = (const PyrList *)b.o;
        return cmp_seq(x->items, x->len, y->items, y->len, t->args[0], NULL);
    }
    case PYR_TUPLE: {
        const PyrTuple *x = (const PyrTuple *)a.o, *y = (const PyrTuple *)b.o;
        return cmp_seq(x->items, x->len, y->items, y->len, NULL, t->args);
    }
    default:
        return 0;
    }
}

/* CPython's hash of an int: the value modulo the Mersenne prime 2**61 - 1, sign kept. */
static int64_t hash_int(int64_t x) {
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    int64_t h = (int64_t)(mag % P);
    if (x < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* CPython's hash of a float (Python/pyhash.c's algorithm, written from its description):
 * the rational value reduced modulo 2**61 - 1; inf and -inf hash to +-314159. */
static int64_t hash_float(double x) {
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    if (isinf(x)) return x > 0 ? 314159 : -314159;
    if (isnan(x)) return 0; /* CPython hashes NaN by identity; equal NaNs never meet */
    int e;
    double m = frexp(x, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t h = 0;
    while (m) {
        h = ((h << 28) & P) | h >> (61 - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        h += y;
        if (h >= P) h -= P;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    h = ((h << e) & P) | h >> (61 - e);
    int64_t r = (int64_t)h * sign;
    return r == -1 ? -2 : r;
}

/* CPython 3.8+'s tuple hash (an xxHash-style mix of the item hashes). */
static int64_t hash_tuple(const PyrTuple *tu, const PyrType *t) {
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (int64_t i = 0; i < tu->len; i++) {
        uint64_t lane = (uint64_t)pyr_value_hash(tu->items[i], t->args[i]);
        acc += lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)tu->len ^ (P5 ^ 3527539ull);
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

int64_t pyr_value_hash(PyrValue v, const PyrType *t) {
    switch (t->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return hash_int(v.i);
    case PYR_FLOAT:
        return hash_float(v.f);
    case PYR_STR:
        return pyr_str_hash((PyrStr *)v.o);
    case PYR_TUPLE:
        return hash_tuple((const PyrTuple *)v.o, t);
    default:
        return 0;
    }
}

/* print(x) / str(x) / repr(x) of any value (as int64 bits), given its descriptor. */
static PyrValue bits_value(int64_t bits) {
    PyrValue v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

void pyr_print_value(int64_t bits, const PyrType *t) {
    PyrValue v = bits_value(bits);
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_str_into(&b, v, t);
    pyrite_write_str(b.data ? b.data : "", b.len);
    pyr_buf_free(&b);
}

PyrStr *pyr_repr(int64_t bits, const PyrType *t) {
    PyrValue v = bits_value(bits);
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_repr_into(&b, v, t);
    return pyr_buf_finish(&b);
}

PyrStr *pyr_to_str(int64_t bits, const PyrType *t) {
    PyrValue v = bits_value(bits);
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_str_into(&b, v, t);
    return pyr_buf_finish(&b);
}
