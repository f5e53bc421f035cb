/* PyrBuf: a growable UTF-8 byte buffer, the builder behind repr, str() and formatting. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

void pyr_buf_init(PyrBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

void pyr_buf_free(PyrBuf *b) {
    pyr_mem_free(b->data);
    pyr_buf_init(b);
}

static int reserve(PyrBuf *b, int64_t extra) {
    if (b->failed) return 0;
    if (b->len + extra <= b->cap) return 1;
    int64_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra) cap *= 2;
    char *data = pyr_mem_realloc(b->data, (size_t)cap);
    if (!data) {
        b->failed = 1;
        return 0;
    }
    b->data = data;
    b->cap = cap;
    return 1;
}

void pyr_buf_bytes(PyrBuf *b, const char *data, int64_t len) {
    if (len <= 0 || !reserve(b, len)) return;
    memcpy(b->data + b->len, data, (size_t)len);
    b->len += len;
}

void pyr_buf_cstr(PyrBuf *b, const char *cstr) { pyr_buf_bytes(b, cstr, (int64_t)strlen(cstr)); }

void pyr_buf_codepoint(PyrBuf *b, uint32_t cp) {
    char out[4];
    int n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    pyr_buf_bytes(b, out, n);
}

void pyr_buf_str(PyrBuf *b, const PyrStr *s) {
    if (s->kind == 1) {
        pyr_buf_bytes(b, s->data, s->len);
        return;
    }
    for (int64_t i = 0; i < s->len; i++) pyr_buf_codepoint(b, pyr_str_at(s, i));
}

PyrStr *pyr_buf_finish(PyrBuf *b) {
    PyrStr *s = NULL;
    if (b->failed)
        pyrite_raise(PYR_MemoryError, "", 0);
    else
        s = pyr_str_from_utf8(b->data ? b->data : "", b->len);
    pyr_buf_free(b);
    return s;
}
