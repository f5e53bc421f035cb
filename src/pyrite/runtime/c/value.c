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

/* Item i of a tuple or a list (whose items may be bytes: ADR 0013). */
static PyrValue seq_item(const PyrObject *seq, int64_t i) {
    if (seq->type->kind == PYR_TUPLE) return ((const PyrTuple *)seq)->items[i];
    return pyr_list_item((const PyrList *)seq, i);
}

static void repr_items(PyrBuf *b, const PyrObject *seq, int64_t n, const PyrType *t) {
    for (int64_t i = 0; i < n; i++) {
        if (i) pyr_buf_cstr(b, ", ");
        pyr_repr_into(b, seq_item(seq, i), t->kind == PYR_TUPLE ? pyr_tuple_item_type(t, i) : t->args[0]);
    }
}

static void repr_dict(PyrBuf *b, const PyrDict *d) {
    const PyrType *kt = pyr_dict_key_type(d), *vt = pyr_dict_value_type(d);
    int first = 1;
    pyr_buf_cstr(b, "{");
    for (int64_t i = 0; i < d->nentries; i++) {
        const PyrDictEntry *e = &d->entries[i];
        if (e->hash == -1) continue;
        if (!first) pyr_buf_cstr(b, ", ");
        first = 0;
        pyr_repr_into(b, e->key, kt);
        pyr_buf_cstr(b, ": ");
        pyr_repr_into(b, e->value, vt);
    }
    pyr_buf_cstr(b, "}");
}

/* CPython: set() when empty, else the elements in table order. */
static void repr_set(PyrBuf *b, const PyrSet *s) {
    if (s->used == 0) {
        pyr_buf_cstr(b, "set()");
        return;
    }
    int first = 1;
    pyr_buf_cstr(b, "{");
    for (int64_t i = 0; i <= s->mask; i++) {
        if (!pyr_set_active(&s->table[i])) continue;
        if (!first) pyr_buf_cstr(b, ", ");
        first = 0;
        pyr_repr_into(b, s->table[i].key, pyr_set_elem(s));
    }
    pyr_buf_cstr(b, "}");
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
        repr_items(b, &l->ob, l->len, t);
        pyr_buf_cstr(b, "]");
        return;
    }
    case PYR_TUPLE: {
        const PyrTuple *tu = (const PyrTuple *)v.o;
        pyr_buf_cstr(b, "(");
        repr_items(b, &tu->ob, tu->len, t);
        pyr_buf_cstr(b, tu->len == 1 ? ",)" : ")");
        return;
    }
    case PYR_DICT:
        repr_dict(b, (const PyrDict *)v.o);
        return;
    case PYR_SET:
        repr_set(b, (const PyrSet *)v.o);
        return;
    case PYR_RANGE: {
        const PyrRange *r = (const PyrRange *)v.o;
        pyr_buf_cstr(b, "range(");
        pyr_buf_bytes(b, num, pyrite_format_i64(r->start, num));
        pyr_buf_cstr(b, ", ");
        pyr_buf_bytes(b, num, pyrite_format_i64(r->stop, num));
        if (r->step != 1) {
            pyr_buf_cstr(b, ", ");
            pyr_buf_bytes(b, num, pyrite_format_i64(r->step, num));
        }
        pyr_buf_cstr(b, ")");
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

/* raise KIND(prefix + repr(v) + suffix), e.g. ValueError: 5 is not in list. */
void pyr_raise_with_repr(int32_t kind, const char *prefix, PyrValue v, const PyrType *t, const char *suffix) {
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_cstr(&b, prefix);
    pyr_repr_into(&b, v, t);
    pyr_buf_cstr(&b, suffix);
    if (b.failed)
        pyr_raise_cstr(PYR_MemoryError, "");
    else
        pyrite_raise(kind, b.data, b.len);
    pyr_buf_free(&b);
}

int pyr_str_equal(const PyrStr *a, const PyrStr *b);
int pyr_str_order(const PyrStr *a, const PyrStr *b);
int64_t pyr_str_hash(PyrStr *s);

static int nan_pair(double a, double b) {
    if (a == a || b == b) return 0;
    pyr_raise_cstr(PYR_ValueError, PYR_NAN_EQ_MESSAGE);
    return 1;
}

/* Equality inside a container: CPython's PyObject_RichCompareBool(a, b, Py_EQ). */
int pyr_value_eq(PyrValue a, PyrValue b, const PyrType *t) {
    switch (t->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return a.i == b.i;
    case PYR_FLOAT:
        return nan_pair(a.f, b.f) ? -1 : a.f == b.f;
    case PYR_NONE:
        return 1;
    case PYR_STR:
        return pyr_str_equal((const PyrStr *)a.o, (const PyrStr *)b.o);
    default:
        return pyr_value_richcmp(a, b, t, PYR_EQ);
    }
}

static int compare_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case PYR_EQ: return x == y;
    case PYR_NE: return x != y;
    case PYR_LT: return x < y;
    case PYR_LE: return x <= y;
    case PYR_GT: return x > y;
    default: return x >= y;
    }
}

static int compare_f64(double x, double y, int op) {
    switch (op) {
    case PYR_EQ: return x == y;
    case PYR_NE: return x != y;
    case PYR_LT: return x < y;
    case PYR_LE: return x <= y;
    case PYR_GT: return x > y;
    default: return x >= y;
    }
}

/* Sequences as CPython's list_richcompare / tuplerichcompare: the first pair that
 * is not equal decides with op, else the lengths do. Lists (not tuples) of
 * different lengths are unequal without looking at any item. */
static int compare_seq(const PyrObject *x, int64_t nx, const PyrObject *y, int64_t ny, const PyrType *t, int op) {
    int is_tuple = t->kind == PYR_TUPLE;
    if (!is_tuple && nx != ny && (op == PYR_EQ || op == PYR_NE)) return op == PYR_NE;
    int64_t n = nx < ny ? nx : ny, i;
    for (i = 0; i < n; i++) {
        int eq = pyr_value_eq(seq_item(x, i), seq_item(y, i), is_tuple ? pyr_tuple_item_type(t, i) : t->args[0]);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= n) return compare_i64(nx, ny, op);
    if (op == PYR_EQ || op == PYR_NE) return op == PYR_NE;
    return pyr_value_richcmp(seq_item(x, i), seq_item(y, i), is_tuple ? pyr_tuple_item_type(t, i) : t->args[0], op);
}

/* a OP b for two values of type t (the compiler has rejected ill-typed ops). */
int pyr_value_richcmp(PyrValue a, PyrValue b, const PyrType *t, int op) {
    switch (t->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return compare_i64(a.i, b.i, op);
    case PYR_FLOAT:
        return compare_f64(a.f, b.f, op);
    case PYR_NONE:
        return op == PYR_EQ || op == PYR_LE || op == PYR_GE;
    case PYR_STR:
        if (op == PYR_EQ || op == PYR_NE) return pyr_str_equal((const PyrStr *)a.o, (const PyrStr *)b.o) == (op == PYR_EQ);
        return compare_i64(pyr_str_order((const PyrStr *)a.o, (const PyrStr *)b.o), 0, op);
    case PYR_LIST: {
        const PyrList *x = (const PyrList *)a.o, *y = (const PyrList *)b.o;
        return compare_seq(&x->ob, x->len, &y->ob, y->len, t, op);
    }
    case PYR_TUPLE: {
        const PyrTuple *x = (const PyrTuple *)a.o, *y = (const PyrTuple *)b.o;
        return compare_seq(&x->ob, x->len, &y->ob, y->len, t, op);
    }
    case PYR_DICT: {
        int eq = pyr_dict_equal((PyrDict *)a.o, (PyrDict *)b.o);
        return eq < 0 ? -1 : eq == (op == PYR_EQ);
    }
    case PYR_SET:
        return pyr_set_richcmp((PyrSet *)a.o, (PyrSet *)b.o, op);
    case PYR_RANGE: /* only == and != (the compiler rejects <) */
        return pyr_range_equal((const PyrRange *)a.o, (const PyrRange *)b.o) == (op == PYR_EQ);
    default:
        return compare_i64((int64_t)(intptr_t)a.o, (int64_t)(intptr_t)b.o, op);
    }
}

int pyr_value_cmp(PyrValue a, PyrValue b, const PyrType *t) {
    int lt = pyr_value_richcmp(a, b, t, PYR_LT);
    if (lt) return lt < 0 ? 0 : -1;
    int gt = pyr_value_richcmp(a, b, t, PYR_GT);
    return gt > 0 ? 1 : 0;
}

/* bool(v) */
int pyr_value_truth(PyrValue v, const PyrType *t) {
    switch (t->kind) {
    case PYR_INT:
    case PYR_BOOL:
        return v.i != 0;
    case PYR_FLOAT:
        return v.f != 0.0;
    case PYR_NONE:
        return 0;
    case PYR_STR:
        return ((const PyrStr *)v.o)->len != 0;
    case PYR_LIST:
        return ((const PyrList *)v.o)->len != 0;
    case PYR_TUPLE:
        return ((const PyrTuple *)v.o)->len != 0;
    case PYR_DICT:
        return ((const PyrDict *)v.o)->len != 0;
    case PYR_SET:
        return ((const PyrSet *)v.o)->used != 0;
    case PYR_RANGE:
        return pyr_range_count((const PyrRange *)v.o) != 0;
    default:
        return v.o != NULL;
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
    if (isnan(x)) { /* CPython hashes NaN by object identity */
        pyr_raise_cstr(PYR_ValueError, PYR_NAN_HASH_MESSAGE);
        return -1;
    }
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

/* CPython 3.8+'s tuple hash (an xxHash-style mix of the item hashes). Out of line: its
 * registers would otherwise be saved on every hash of a str or an int. */
static __attribute__((noinline)) int64_t hash_tuple(const PyrTuple *tu, const PyrType *t) {
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (int64_t i = 0; i < tu->len; i++) {
        int64_t h = pyr_value_hash(tu->items[i], pyr_tuple_item_type(t, i));
        if (h == -1) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)tu->len ^ (P5 ^ 3527539ull);
    return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
}

/* hash(v); -1 with an exception raised when Pyrite cannot give CPython's value. */
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
    case PYR_NONE:
        pyr_raise_cstr(PYR_ValueError, "Pyrite cannot hash None: CPython 3.11 hashes None by its address");
        return -1;
    case PYR_LIST:
        pyr_raise_cstr(PYR_TypeError, "unhashable type: 'list'");
        return -1;
    case PYR_DICT:
        pyr_raise_cstr(PYR_TypeError, "unhashable type: 'dict'");
        return -1;
    case PYR_SET:
        pyr_raise_cstr(PYR_TypeError, "unhashable type: 'set'");
        return -1;
    case PYR_RANGE: /* CPython hashes range(0) and range(1) through hash(None): an address in 3.11 */
        pyr_raise_cstr(PYR_ValueError, "Pyrite cannot hash a range: CPython 3.11 hashes some by an address");
        return -1;
    default:
        pyr_raise_cstr(PYR_TypeError, "unhashable type");
        return -1;
    }
}

/* ---- what compiled code calls ---- */

/* a OP b for any two values of type t (op: PyrCmpOp). */
_Bool pyr_compare(int64_t a, int64_t b, const PyrType *t, int64_t op) {
    return pyr_value_richcmp(pyr_from_bits(a), pyr_from_bits(b), t, (int)op) > 0;
}

/* hash(v) */
int64_t pyr_hash(int64_t bits, const PyrType *t) {
    int64_t h = pyr_value_hash(pyr_from_bits(bits), t);
    return h == -1 ? 0 : h;
}

/* bool(v) */
_Bool pyr_truth(int64_t bits, const PyrType *t) { return pyr_value_truth(pyr_from_bits(bits), t); }

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
