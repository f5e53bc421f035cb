/* str(), repr() and ascii() of any value as string objects, and the runtime's
 * own descriptors for the scalar types (for the formatting code). */
#include <stdio.h>

#include "format.h"

const PyrType pyr_int_type = {PYR_INT, 0};
const PyrType pyr_float_type = {PYR_FLOAT, 0};
const PyrType pyr_bool_type = {PYR_BOOL, 0};
const PyrType pyr_none_type = {PYR_NONE, 0};

/* The name CPython's messages use for a value's type. */
const char *pyr_type_name(const PyrType *t) {
    static const char *const names[] = {"int", "float", "bool", "NoneType", "str", "list", "tuple", "dict", "set",
                                        "range"};
    return t->kind >= 0 && t->kind <= PYR_RANGE ? names[t->kind] : "object";
}

PyrStr *pyr_to_str_value(PyrValue v, const PyrType *t) {
    if (t->kind == PYR_STR) {
        v.o->rc++;
        return (PyrStr *)v.o;
    }
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_str_into(&b, v, t);
    return pyr_buf_finish(&b);
}

PyrStr *pyr_repr_value(PyrValue v, const PyrType *t) {
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_repr_into(&b, v, t);
    return pyr_buf_finish(&b);
}

/* ascii(x): repr(x) with every non-ASCII character escaped. */
PyrStr *pyr_ascii(int64_t bits, const PyrType *t) {
    PyrValue v;
    memcpy(&v, &bits, sizeof v);
    PyrStr *r = pyr_repr_value(v, t);
    if (!r || r->kind == 1) return r;
    StrWriter w;
    pyr_writer_init(&w);
    for (int64_t i = 0; i < r->len; i++) {
        uint32_t c = str_get(r, i);
        char esc[12];
        if (c < 128)
            pyr_writer_char(&w, c);
        else if (c < 0x100)
            pyr_writer_ascii(&w, esc, snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c));
        else if (c < 0x10000)
            pyr_writer_ascii(&w, esc, snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c));
        else
            pyr_writer_ascii(&w, esc, snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c));
    }
    pyr_decref(&r->ob);
    return pyr_writer_finish(&w);
}
