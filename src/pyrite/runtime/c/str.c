/* str: immutable Unicode strings (ASCII kind 1, or UCS-4 kind 4) and their core ops. */
#include <stdlib.h>
#include <string.h>

#include "str_internal.h"

const PyrType pyr_str_type = {PYR_STR, 0};

PyrStr *pyr_str_new(int64_t len, int32_t kind) {
    PyrStr *s = pyr_alloc((int64_t)sizeof(PyrStr) + len * kind + 1, &pyr_str_type);
    if (!s) return NULL;
    s->len = len;
    s->hash = -1;
    s->kind = kind;
    s->data[len * kind] = 0;
    return s;
}

uint32_t pyr_str_at(const PyrStr *s, int64_t i) {
    if (s->kind == 1) return (unsigned char)s->data[i];
    uint32_t cp;
    memcpy(&cp, s->data + 4 * i, 4);
    return cp;
}

PyrStr *pyr_str_from_codepoints(const uint32_t *cps, int64_t len) {
    int32_t kind = 1;
    for (int64_t i = 0; i < len; i++)
        if (cps[i] >= 0x80) kind = 4;
    PyrStr *s = pyr_str_new(len, kind);
    if (!s) return NULL;
    for (int64_t i = 0; i < len; i++) str_put(s, i, cps[i]);
    return s;
}

/* Decodes one UTF-8 sequence at p (n bytes left); malformed input gives U+FFFD. */
static uint32_t decode(const unsigned char *p, int64_t n, int *used) {
    unsigned char c = p[0];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    *used = 1;
    if (len == 0 || len > n) return len == 1 ? c : 0xFFFD;
    if (len == 1) return c;
    uint32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; k++) {
        if ((p[k] & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    *used = len;
    return cp;
}

PyrStr *pyr_str_from_utf8(const char *data, int64_t nbytes) {
    const unsigned char *p = (const unsigned char *)data;
    int64_t count = 0, ascii = 1;
    for (int64_t i = 0; i < nbytes;) {
        int used;
        if (decode(p + i, nbytes - i, &used) >= 0x80) ascii = 0;
        i += used;
        count++;
    }
    PyrStr *s = pyr_str_new(count, ascii ? 1 : 4);
    if (!s) return NULL;
    if (ascii) {
        memcpy(s->data, data, (size_t)nbytes);
        return s;
    }
    int64_t k = 0;
    for (int64_t i = 0; i < nbytes; k++) {
        int used;
        str_put(s, k, decode(p + i, nbytes - i, &used));
        i += used;
    }
    return s;
}

PyrStr *pyr_str_from_cstr(const char *cstr) { return pyr_str_from_utf8(cstr, (int64_t)strlen(cstr)); }

/* ---- what compiled code calls ---- */

void pyr_print_str(PyrStr *s) {
    if (s->kind == 1) {
        pyrite_write_str(s->data, s->len);
        return;
    }
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_str(&b, s);
    pyrite_write_str(b.data, b.len);
    pyr_buf_free(&b);
}

void pyrite_exit_msg(const char *msg, int64_t len);

/* sys.exit(s): s to stderr, status 1. */
void pyr_exit_str(PyrStr *s) {
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_str(&b, s);
    pyrite_exit_msg(b.data ? b.data : "", b.len);
}

/* raise KIND(s): the message as UTF-8. */
void pyr_raise_str(int32_t kind, PyrStr *s) {
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_str(&b, s);
    pyrite_raise(kind, b.data ? b.data : "", b.len);
    pyr_buf_free(&b);
}

int64_t pyr_str_len(PyrStr *s) { return s->len; }

/* Copies s into the UCS-4 string out at index at. */
static void copy_wide(PyrStr *out, int64_t at, const PyrStr *s) {
    if (s->kind == 4)
        memcpy(out->data + 4 * at, s->data, (size_t)s->len * 4);
    else
        for (int64_t i = 0; i < s->len; i++) str_put(out, at + i, (unsigned char)s->data[i]);
}

PyrStr *pyr_str_concat(PyrStr *a, PyrStr *b) {
    if (a->len > INT64_MAX / 8 - b->len) {
        pyr_raise_cstr(PYR_OverflowError, "cannot fit 'int' into an index-sized integer");
        return NULL;
    }
    if (a->len == 0 || b->len == 0) { /* str is immutable: share the other */
        PyrStr *only = a->len ? a : b;
        only->ob.rc++;
        return only;
    }
    int32_t kind = a->kind > b->kind ? a->kind : b->kind;
    PyrStr *s = pyr_str_new(a->len + b->len, kind);
    if (!s) return NULL;
    if (kind == 1) {
        memcpy(s->data, a->data, (size_t)a->len);
        memcpy(s->data + a->len, b->data, (size_t)b->len);
        return s;
    }
    copy_wide(s, 0, a);
    copy_wide(s, a->len, b);
    return s;
}

int pyr_str_equal(const PyrStr *a, const PyrStr *b) {
    if (a == b) return 1;
    if (a->len != b->len || a->kind != b->kind) return 0; /* one text has one kind */
    return memcmp(a->data, b->data, (size_t)(a->len * a->kind)) == 0;
}

int pyr_str_order(const PyrStr *a, const PyrStr *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) {
        uint32_t x = pyr_str_at(a, i), y = pyr_str_at(b, i);
        if (x != y) return x < y ? -1 : 1;
    }
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

/* What compiled code calls: ==, and -1 / 0 / 1 for the orderings. */
_Bool pyr_str_eq(PyrStr *a, PyrStr *b) { return pyr_str_equal(a, b) != 0; }

int64_t pyr_str_cmp(PyrStr *a, PyrStr *b) { return pyr_str_order(a, b); }

PyrStr *pyr_str_getitem(PyrStr *s, int64_t i) {
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) {
        pyr_raise_cstr(PYR_IndexError, "string index out of range");
        return NULL;
    }
    return pyr_str_char(str_get(s, i));
}

PyrStr *pyr_str_from_i64(int64_t x) {
    char buf[32];
    return pyr_str_from_utf8(buf, pyrite_format_i64(x, buf));
}

PyrStr *pyr_str_from_f64(double x) {
    char buf[32];
    return pyr_str_from_utf8(buf, pyrite_format_f64(x, buf));
}

PyrStr *pyr_str_from_bool(_Bool x) { return pyr_str_from_cstr(x ? "True" : "False"); }

/* A deterministic string hash (FNV-1a over code points). CPython's is randomized
 * per process, so no program can depend on its values or on str-set order. */
int64_t pyr_str_hash(PyrStr *s) {
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ull;
    if (s->kind == 1) {
        const unsigned char *d = (const unsigned char *)s->data;
        for (int64_t i = 0; i < s->len; i++) h = (h ^ d[i]) * 1099511628211ull;
    } else {
        for (int64_t i = 0; i < s->len; i++) h = (h ^ str_get(s, i)) * 1099511628211ull;
    }
    int64_t r = (int64_t)(h >> 1);
    if (r == -1) r = -2;
    if (s->ob.rc < PYR_IMMORTAL / 2) s->hash = r; /* static strings may be read-only */
    return r;
}
