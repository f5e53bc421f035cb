/* The object runtime's contract (docs/adr/0005, 0006).
 *
 * Every heap value starts with PyrObject: a reference count and the type
 * descriptor the compiler emitted for its static type. Values inside containers
 * are 8-byte PyrValues whatever the target's pointer width. Lengths, indices and
 * hashes are int64_t. Functions named pyr_* are what compiled code calls; they
 * raise a Python exception with pyrite_raise (the scalar runtime, ADR 0002) and
 * then return 0 / NULL, and the caller checks the pending flag.
 *
 * Ownership (ADR 0006): a function returning an object returns a new reference;
 * object arguments are borrowed; a container that keeps an argument takes its
 * own reference.
 */
#ifndef PYRITE_H
#define PYRITE_H

#include <stddef.h>
#include <stdint.h>

typedef struct PyrType PyrType;

typedef struct PyrObject {
    int64_t rc;
    const PyrType *type;
} PyrObject;

typedef union PyrValue {
    int64_t i; /* int, and bool as 0 / 1 */
    double f;
    PyrObject *o;
} PyrValue;

/* Kinds of type descriptor; pyrite.runtime.objects.KINDS mirrors this list. */
enum PyrKind {
    PYR_INT = 0,
    PYR_FLOAT = 1,
    PYR_BOOL = 2,
    PYR_NONE = 3,
    PYR_STR = 4,
    PYR_LIST = 5,
    PYR_TUPLE = 6,
    PYR_DICT = 7,
    PYR_SET = 8,
};

/* list[T]: args[0] = T. tuple[A, B]: args = A, B. dict[K, V]: args = K, V. */
struct PyrType {
    int32_t kind;
    int32_t nargs;
    const PyrType *args[];
};

#define PYR_IMMORTAL ((int64_t)1 << 62) /* the count of static objects */

/* Exception kinds: indices into pyrite.runtime.abi.EXCEPTION_KINDS. */
enum PyrExc {
    PYR_ZeroDivisionError = 0,
    PYR_OverflowError = 1,
    PYR_ValueError = 2,
    PYR_AssertionError = 3,
    PYR_RecursionError = 4,
    PYR_NameError = 5,
    PYR_UnboundLocalError = 6,
    PYR_IndexError = 7,
    PYR_KeyError = 8,
    PYR_TypeError = 9,
    PYR_RuntimeError = 10,
    PYR_MemoryError = 13,
};

/* The scalar runtime (the Python-built part of runtime/), linked into the same module. */
extern _Bool pyrite_exc_pending;
void pyrite_raise(int32_t kind, const char *msg, int64_t len);
void pyrite_write_str(const char *data, int64_t len);
int64_t pyrite_format_i64(int64_t value, char *buf);
int64_t pyrite_format_f64(double value, char *buf);

/* ---- objects (object.c) ---- */
extern int64_t pyr_live_objects;
void *pyr_alloc(int64_t size, const PyrType *type); /* rc 1; NULL + MemoryError */
void pyr_dealloc(PyrObject *o);                    /* rc reached 0 */
void pyr_incref(PyrObject *o);
void pyr_decref(PyrObject *o);                     /* NULL-safe */
void pyr_raise_cstr(int32_t kind, const char *msg);
int64_t pyr_leak_check(void);                      /* at a normal exit */

static inline int pyr_is_object(const PyrType *t) { return t->kind >= PYR_STR; }

static inline void pyr_value_incref(PyrValue v, const PyrType *t) {
    if (pyr_is_object(t) && v.o) v.o->rc++;
}

static inline void pyr_value_decref(PyrValue v, const PyrType *t) {
    if (pyr_is_object(t)) pyr_decref(v.o);
}

/* ---- str (str.c) ----
 * kind 1: every code point < 128, data is ASCII (so also UTF-8);
 * kind 4: data is UCS-4. data is followed by a NUL (kind 1). */
typedef struct PyrStr {
    PyrObject ob;
    int64_t len;  /* code points */
    int64_t hash; /* -1: not computed yet */
    int32_t kind; /* 1 or 4 */
    char data[];
} PyrStr;

extern const PyrType pyr_str_type;
PyrStr *pyr_str_new(int64_t len, int32_t kind);
PyrStr *pyr_str_from_utf8(const char *data, int64_t nbytes);
PyrStr *pyr_str_from_cstr(const char *cstr);
uint32_t pyr_str_at(const PyrStr *s, int64_t i);
PyrStr *pyr_str_from_codepoints(const uint32_t *cps, int64_t len);

/* ---- a growable UTF-8 buffer, for repr and formatting (buf.c) ---- */
typedef struct PyrBuf {
    char *data;
    int64_t len, cap;
    int failed;
} PyrBuf;

void pyr_buf_init(PyrBuf *b);
void pyr_buf_free(PyrBuf *b);
void pyr_buf_bytes(PyrBuf *b, const char *data, int64_t len);
void pyr_buf_cstr(PyrBuf *b, const char *cstr);
void pyr_buf_codepoint(PyrBuf *b, uint32_t cp);
void pyr_buf_str(PyrBuf *b, const PyrStr *s); /* s as UTF-8 */
PyrStr *pyr_buf_finish(PyrBuf *b);             /* frees b's memory */

/* ---- any value, by its type descriptor (value.c) ---- */
void pyr_repr_into(PyrBuf *b, PyrValue v, const PyrType *t);
void pyr_str_into(PyrBuf *b, PyrValue v, const PyrType *t); /* str(): as repr, but str is itself */
int pyr_value_eq(PyrValue a, PyrValue b, const PyrType *t);
int pyr_value_cmp(PyrValue a, PyrValue b, const PyrType *t); /* -1 0 1; total for non-NaN */
int64_t pyr_value_hash(PyrValue v, const PyrType *t);

/* ---- list (list.c) ---- */
typedef struct PyrList {
    PyrObject ob;
    int64_t len, cap;
    PyrValue *items;
} PyrList;

/* ---- tuple (tuple.c) ---- */
typedef struct PyrTuple {
    PyrObject ob;
    int64_t len;
    PyrValue items[];
} PyrTuple;

#endif
