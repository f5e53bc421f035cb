/* StrWriter: builds a string code point by code point, as bytes while all of it
 * is ASCII and as UCS-4 from the first character that is not, so that the
 * result has the kind its text calls for (kind 1 iff all ASCII) without a
 * second pass. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "str_internal.h"

void pyr_writer_init(StrWriter *w) {
    w->kind = 1;
    w->failed = 0;
    w->len = w->cap = 0;
    w->data = NULL;
}

void pyr_writer_free(StrWriter *w) {
    pyr_mem_free(w->data);
    pyr_writer_init(w);
}

static int reserve(StrWriter *w, int64_t extra, int32_t kind) {
    if (w->failed) return 0;
    if (extra < 0 || w->len > INT64_MAX / 8 - extra) {
        w->failed = 1;
        return 0;
    }
    if (kind > w->kind) { /* widen what is there to UCS-4 */
        int64_t cap = w->len + extra > w->cap ? w->len + extra : w->cap;
        uint32_t *wide = pyr_mem_alloc((size_t)(cap ? cap : 1) * 4);
        if (!wide) {
            w->failed = 1;
            return 0;
        }
        for (int64_t i = 0; i < w->len; i++) wide[i] = (unsigned char)w->data[i];
        pyr_mem_free(w->data);
        w->data = (char *)wide;
        w->cap = cap;
        w->kind = 4;
    }
    if (w->len + extra <= w->cap) return 1;
    int64_t cap = w->cap ? w->cap : 16;
    while (cap < w->len + extra) cap *= 2;
    char *data = pyr_mem_realloc(w->data, (size_t)(cap * w->kind));
    if (!data) {
        w->failed = 1;
        return 0;
    }
    w->data = data;
    w->cap = cap;
    return 1;
}

static inline void put(StrWriter *w, uint32_t cp) {
    if (w->kind == 1)
        w->data[w->len++] = (char)cp;
    else
        memcpy(w->data + 4 * w->len++, &cp, 4);
}

void pyr_writer_char(StrWriter *w, uint32_t cp) {
    if (reserve(w, 1, cp < 128 ? 1 : 4)) put(w, cp);
}

void pyr_writer_fill(StrWriter *w, uint32_t cp, int64_t n) {
    if (n <= 0 || !reserve(w, n, cp < 128 ? 1 : 4)) return;
    if (w->kind == 1) {
        memset(w->data + w->len, (int)cp, (size_t)n);
        w->len += n;
        return;
    }
    for (int64_t i = 0; i < n; i++) put(w, cp);
}

void pyr_writer_ascii(StrWriter *w, const char *text, int64_t n) {
    if (n <= 0 || !reserve(w, n, 1)) return;
    if (w->kind == 1) {
        memcpy(w->data + w->len, text, (size_t)n);
        w->len += n;
        return;
    }
    for (int64_t i = 0; i < n; i++) put(w, (unsigned char)text[i]);
}

void pyr_writer_cstr(StrWriter *w, const char *text) { pyr_writer_ascii(w, text, (int64_t)strlen(text)); }

void pyr_writer_substr(StrWriter *w, const PyrStr *s, int64_t start, int64_t n) {
    if (n <= 0) return;
    if (s->kind == 1) {
        pyr_writer_ascii(w, s->data + start, n);
        return;
    }
    if (!reserve(w, n, pyr_str_range_ascii(s, start, n) ? 1 : 4)) return;
    if (w->kind == 4) {
        memcpy(w->data + 4 * w->len, s->data + 4 * start, (size_t)n * 4);
        w->len += n;
        return;
    }
    for (int64_t i = 0; i < n; i++) put(w, str_get(s, start + i));
}

void pyr_writer_str(StrWriter *w, const PyrStr *s) { pyr_writer_substr(w, s, 0, s->len); }

uint32_t pyr_writer_at(const StrWriter *w, int64_t i) {
    if (w->kind == 1) return (unsigned char)w->data[i];
    uint32_t cp;
    memcpy(&cp, w->data + 4 * i, 4);
    return cp;
}

PyrStr *pyr_writer_finish(StrWriter *w) {
    if (w->failed) {
        pyr_writer_free(w);
        pyrite_raise(PYR_MemoryError, "", 0);
        return NULL;
    }
    PyrStr *s = w->len == 0 ? pyr_str_empty() : pyr_str_new(w->len, w->kind);
    if (s && w->len) memcpy(s->data, w->data, (size_t)(w->len * w->kind));
    pyr_writer_free(w);
    return s;
}

void pyr_raise_format(int32_t kind, const char *fmt, ...) {
    char msg[256];
    va_list args;
    va_start(args, fmt);
    int n = vsnprintf(msg, sizeof msg, fmt, args);
    va_end(args);
    if (n < 0) n = 0;
    if (n >= (int)sizeof msg) n = (int)sizeof msg - 1;
    pyrite_raise(kind, msg, n);
}
