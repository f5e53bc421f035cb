/* The object runtime's contract (docs/adr/0005, 0006).
 *
 * Every heap value starts with PyrObject: a reference count and the type
 * descriptor the compiler emitted for its static type. Values inside containers
 * are 8-byte PyrValues whatever the target's pointer width (but a list[bool]
 * keeps one byte per item: see the list section). Lengths, indices and
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
    PYR_RANGE = 9,
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
    PYR_NotImplementedError = 11,
    PYR_MemoryError = 13,
};

/* The scalar runtime (the Python-built part of runtime/), linked into the same module. */
extern _Bool pyrite_exc_pending;
void pyrite_raise(int32_t kind, const char *msg, int64_t len);
void pyrite_write_str(const char *data, int64_t len);
int64_t pyrite_format_i64(int64_t value, char *buf);
int64_t pyrite_format_f64(double value, char *buf);

/* ---- memory (mem.c): every allocation of the runtime, small blocks pooled ----
 * Never mix with the C library's malloc/free: a block from pyr_mem_alloc goes
 * back through pyr_mem_free (or pyr_mem_realloc), and nothing else does. */
#define PYR_MEM_SMALL_MAX 512 /* larger requests go to malloc */
void *pyr_mem_alloc(size_t n) __attribute__((malloc)); /* NULL when out of memory */
void *pyr_mem_realloc(void *p, size_t n);              /* p may be NULL */
void pyr_mem_free(void *p);                            /* NULL-safe */

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
/* eq and richcmp return 1 / 0, or -1 with an exception raised (see the containers
 * section: NaN against NaN); hash returns -1 with an exception raised. */
int pyr_value_eq(PyrValue a, PyrValue b, const PyrType *t);
int pyr_value_cmp(PyrValue a, PyrValue b, const PyrType *t); /* -1 0 1, by richcmp; for totally ordered values */
int64_t pyr_value_hash(PyrValue v, const PyrType *t);

/* ==== containers: list, tuple, dict, set ====================================
 * (list.c, list_slice.c, list_sort.c, list_reduce.c, tuple.c, dict.c, set.c,
 * set_ops.c, and their cases in value.c and object.c)
 *
 * Elements cross the ABI as int64 "bits" (pyr_from_bits / pyr_to_bits); the
 * element type comes from the container's own descriptor. A tuple descriptor
 * with nargs == -1 is the homogeneous tuple[T, ...], T = args[0].
 *
 * NaN: CPython compares container elements with an identity shortcut (x is y
 * implies x == y) and hashes NaN by identity, so the answer for NaN against NaN
 * inside a container, and any NaN set element or dict key, depends on object
 * identity, which Pyrite's unboxed floats do not have. pyr_value_eq / richcmp
 * raise ValueError(PYR_NAN_EQ_MESSAGE) when they would compare NaN with NaN;
 * pyr_value_hash raises ValueError(PYR_NAN_HASH_MESSAGE) for NaN. */

#define PYR_NAN_EQ_MESSAGE \
    "Pyrite cannot compare NaN with NaN inside a container: CPython's answer depends on object identity"
#define PYR_NAN_HASH_MESSAGE \
    "Pyrite cannot hash NaN (a set element or dict key): CPython hashes NaN by object identity"

static inline PyrValue pyr_from_bits(int64_t bits) {
    PyrValue v;
    __builtin_memcpy(&v, &bits, sizeof v); /* on 32-bit targets a pointer is the low half */
    return v;
}

static inline PyrValue pyr_object_value(void *o) {
    PyrValue v;
    v.i = 0; /* the high half stays zero on 32-bit targets */
    v.o = (PyrObject *)o;
    return v;
}

static inline int64_t pyr_to_bits(PyrValue v) {
    int64_t bits;
    __builtin_memcpy(&bits, &v, sizeof bits);
    return bits;
}

/* Rich comparison operators, as pyr_str_compare numbers them. */
enum PyrCmpOp { PYR_EQ = 0, PYR_NE = 1, PYR_LT = 2, PYR_LE = 3, PYR_GT = 4, PYR_GE = 5 };
int pyr_value_richcmp(PyrValue a, PyrValue b, const PyrType *t, int op); /* 1 0, -1 raised */
int pyr_value_truth(PyrValue v, const PyrType *t);                      /* bool(v) */
void pyr_raise_with_repr(int32_t kind, const char *prefix, PyrValue v, const PyrType *t,
                         const char *suffix); /* KIND(prefix + repr(v) + suffix) */

/* Slices: the compiler passes start, stop, step and which of them were omitted. */
enum { PYR_SLICE_NO_START = 1, PYR_SLICE_NO_STOP = 2, PYR_SLICE_NO_STEP = 4 };
typedef struct PyrSlice {
    int64_t start, stop, step, len; /* CPython's PySlice_Unpack + PySlice_AdjustIndices */
} PyrSlice;
int pyr_slice_indices(int64_t length, int64_t start, int64_t stop, int64_t step, int64_t omitted,
                     PyrSlice *out); /* 0 + ValueError if step is 0 */

/* ---- list ----
 * items holds len items of pyr_list_width(l) bytes: a PyrValue (8 bytes) for
 * every element type but bool, whose items are one byte each, 0 or 1, so that
 * a list[bool] (a sieve's flags) takes an eighth of the memory (ADR 0013). Read
 * and write items only through the accessors below; the compiler's inline list
 * access (backend/lists.py) knows the same layout. */
typedef struct PyrList {
    PyrObject ob;
    int64_t len, cap; /* cap -1: being sorted (CPython's "allocated = -1") */
    void *items;
} PyrList;

static inline const PyrType *pyr_list_elem(const PyrList *l) { return l->ob.type->args[0]; }

/* Bytes per item of a list of type list_type (list[T]): 1 for bool, else 8. */
static inline size_t pyr_list_type_width(const PyrType *list_type) {
    return list_type->args[0]->kind == PYR_BOOL ? 1 : sizeof(PyrValue);
}
static inline size_t pyr_list_width(const PyrList *l) { return pyr_list_type_width(l->ob.type); }

/* The address of item i (for memmove / memcpy of whole items). */
static inline unsigned char *pyr_list_at(const PyrList *l, int64_t i) {
    return (unsigned char *)l->items + (size_t)i * pyr_list_width(l);
}

/* Item i as a value (a bool as 0 / 1); no reference is taken. */
static inline PyrValue pyr_list_item(const PyrList *l, int64_t i) {
    if (pyr_list_width(l) == 1) {
        PyrValue v;
        v.i = ((const unsigned char *)l->items)[i];
        return v;
    }
    return ((const PyrValue *)l->items)[i];
}

/* Stores v as item i; no reference is taken or dropped. */
static inline void pyr_list_put(PyrList *l, int64_t i, PyrValue v) {
    if (pyr_list_width(l) == 1)
        ((unsigned char *)l->items)[i] = v.i != 0;
    else
        ((PyrValue *)l->items)[i] = v;
}

/* The items as PyrValues: only for a list whose elements are not bool (str
 * lists, lists of objects), for code that is about such lists only. */
static inline PyrValue *pyr_list_values(const PyrList *l) { return (PyrValue *)l->items; }
PyrList *pyr_list_new(const PyrType *type, int64_t len);
int pyr_list_reserve(PyrList *l, int64_t need); /* 0 + MemoryError */
void pyr_list_init(PyrList *l, int64_t i, int64_t bits);
void pyr_list_append(PyrList *l, int64_t bits);
PyrList *pyr_list_from_values(const PyrType *type, const PyrValue *items, int64_t n);
PyrList *pyr_list_copy(PyrList *l);
PyrList *pyr_list_range_copy(PyrList *l, int64_t from, int64_t n); /* l[from:from + n] */

/* ---- tuple ---- */
typedef struct PyrTuple {
    PyrObject ob;
    int64_t len;
    PyrValue items[];
} PyrTuple;

/* ---- range (range.c): start, stop, step; CPython computes its length once, we
 * when asked, as a uint64 (a range may hold up to 2**64 - 1 numbers) ---- */
typedef struct PyrRange {
    PyrObject ob;
    int64_t start, stop, step;
} PyrRange;

extern const PyrType pyr_range_type;
uint64_t pyr_range_count(const PyrRange *r);
int pyr_range_equal(const PyrRange *a, const PyrRange *b); /* as sequences: range(0) == range(2, 2) */

/* ==== str: the entry points compiled code calls (str*.c, format*.c, float_format.c).
 * runtime/capi/str.py lists them with their LLVM types. Conventions: a
 * PyrStr* argument that may be None is NULL; optional start/end bounds of
 * find-like methods are 0 and INT64_MAX when omitted; s[a:b:c] takes flags
 * saying which parts were given. ==== */
enum { PYR_SLICE_START = 1, PYR_SLICE_STOP = 2, PYR_SLICE_STEP = 4 };
int64_t pyr_slice_adjust(int64_t len, int64_t *start, int64_t stop, int64_t *step, int64_t flags);

extern const PyrType pyr_int_type, pyr_float_type, pyr_bool_type, pyr_none_type;
extern const PyrType pyr_list_str_type;   /* list[str], of split() and friends */
extern const PyrType pyr_tuple_str3_type; /* tuple[str, str, str], of partition() */

PyrStr *pyr_str_slice(PyrStr *s, int64_t start, int64_t stop, int64_t step, int64_t flags);
PyrStr *pyr_str_repeat(PyrStr *s, int64_t n);
int64_t pyr_str_ord(PyrStr *s);
PyrStr *pyr_str_chr(int64_t i);
_Bool pyr_str_contains(PyrStr *s, PyrStr *sub);
int64_t pyr_str_find(PyrStr *s, PyrStr *sub, int64_t start, int64_t end);
int64_t pyr_str_rfind(PyrStr *s, PyrStr *sub, int64_t start, int64_t end);
int64_t pyr_str_index(PyrStr *s, PyrStr *sub, int64_t start, int64_t end);
int64_t pyr_str_rindex(PyrStr *s, PyrStr *sub, int64_t start, int64_t end);
int64_t pyr_str_count(PyrStr *s, PyrStr *sub, int64_t start, int64_t end);
_Bool pyr_str_startswith(PyrStr *s, PyrStr *prefix, int64_t start, int64_t end);
_Bool pyr_str_endswith(PyrStr *s, PyrStr *suffix, int64_t start, int64_t end);
_Bool pyr_str_startswith_tuple(PyrStr *s, PyrTuple *prefixes, int64_t start, int64_t end);
_Bool pyr_str_endswith_tuple(PyrStr *s, PyrTuple *suffixes, int64_t start, int64_t end);
PyrStr *pyr_str_replace(PyrStr *s, PyrStr *old, PyrStr *new_, int64_t count);
PyrStr *pyr_str_removeprefix(PyrStr *s, PyrStr *prefix);
PyrStr *pyr_str_removesuffix(PyrStr *s, PyrStr *suffix);
PyrList *pyr_str_split(PyrStr *s, PyrStr *sep, int64_t maxsplit);
PyrList *pyr_str_rsplit(PyrStr *s, PyrStr *sep, int64_t maxsplit);
PyrList *pyr_str_splitlines(PyrStr *s, _Bool keepends);
int64_t pyr_str_ws_token(const PyrStr *s, int64_t pos);
int64_t pyr_str_ws_token_end(const PyrStr *s, int64_t start);
int64_t pyr_str_sep_token_end(const PyrStr *s, const PyrStr *sep, int64_t start);
int64_t pyr_str_sep_len(const PyrStr *sep);
PyrStr *pyr_str_piece(PyrStr *s, int64_t start, int64_t end);
PyrTuple *pyr_str_partition(PyrStr *s, PyrStr *sep);
PyrTuple *pyr_str_rpartition(PyrStr *s, PyrStr *sep);
PyrStr *pyr_str_join(PyrStr *sep, PyrList *items);
PyrStr *pyr_str_concat_n(PyrStr *const *parts, int64_t n);
PyrStr *pyr_str_strip(PyrStr *s, PyrStr *chars);
PyrStr *pyr_str_lstrip(PyrStr *s, PyrStr *chars);
PyrStr *pyr_str_rstrip(PyrStr *s, PyrStr *chars);
PyrStr *pyr_str_ljust(PyrStr *s, int64_t width, PyrStr *fill);
PyrStr *pyr_str_rjust(PyrStr *s, int64_t width, PyrStr *fill);
PyrStr *pyr_str_center(PyrStr *s, int64_t width, PyrStr *fill);
PyrStr *pyr_str_zfill(PyrStr *s, int64_t width);
PyrStr *pyr_str_expandtabs(PyrStr *s, int64_t tabsize);
PyrStr *pyr_str_upper(PyrStr *s);
PyrStr *pyr_str_lower(PyrStr *s);
PyrStr *pyr_str_casefold(PyrStr *s);
PyrStr *pyr_str_swapcase(PyrStr *s);
PyrStr *pyr_str_title(PyrStr *s);
PyrStr *pyr_str_capitalize(PyrStr *s);
_Bool pyr_str_isalpha(PyrStr *s);
_Bool pyr_str_isdecimal(PyrStr *s);
_Bool pyr_str_isdigit(PyrStr *s);
_Bool pyr_str_isnumeric(PyrStr *s);
_Bool pyr_str_isalnum(PyrStr *s);
_Bool pyr_str_isspace(PyrStr *s);
_Bool pyr_str_islower(PyrStr *s);
_Bool pyr_str_isupper(PyrStr *s);
_Bool pyr_str_istitle(PyrStr *s);
_Bool pyr_str_isascii(PyrStr *s);
_Bool pyr_str_isprintable(PyrStr *s);
_Bool pyr_str_isidentifier(PyrStr *s);
int64_t pyr_str_to_int(PyrStr *s, int64_t base);
double pyr_str_to_float(PyrStr *s);
PyrStr *pyr_format_int(int64_t x, PyrStr *spec);
PyrStr *pyr_format_bool(_Bool x, PyrStr *spec);
PyrStr *pyr_format_float(double x, PyrStr *spec);
PyrStr *pyr_format_str(PyrStr *s, PyrStr *spec);
PyrStr *pyr_format_value(int64_t bits, const PyrType *t, PyrStr *spec);
PyrStr *pyr_ascii(int64_t bits, const PyrType *t);
PyrStr *pyr_str_format(PyrStr *fmt, PyrTuple *args, PyrTuple *kwnames, PyrTuple *kwvalues);
PyrStr *pyr_str_mod(PyrStr *fmt, int64_t bits, const PyrType *t);
PyrStr *pyr_repr(int64_t bits, const PyrType *t);   /* value.c */
PyrStr *pyr_to_str(int64_t bits, const PyrType *t); /* value.c */
/* ==== end of str ==== */
static inline const PyrType *pyr_tuple_item_type(const PyrType *t, int64_t i) {
    return t->nargs < 0 ? t->args[0] : t->args[i];
}
PyrTuple *pyr_tuple_new(const PyrType *type, int64_t len);
void pyr_tuple_init(PyrTuple *t, int64_t i, int64_t bits);

/* ---- dict: a compact, insertion-ordered hash table (dict.c) ----
 * entries[0 .. nentries) in insertion order (hash -1: deleted); index[] maps
 * hash slots to entry numbers. Sizes follow CPython 3.11's (8 slots at least,
 * 2/3 of them usable, growth to 3 * len) so that entry positions, which an
 * iteration walks, match CPython's. */
typedef struct PyrDictEntry {
    int64_t hash;
    PyrValue key, value;
} PyrDictEntry;

typedef struct PyrDict {
    PyrObject ob;
    int64_t len;      /* live entries */
    int64_t nentries; /* entries used, live or deleted */
    int64_t usable;   /* entries left before the table must grow */
    int64_t mask;     /* index slots - 1; -1: no table yet */
    int64_t *index;   /* -1 empty, -2 deleted, else an entry number */
    PyrDictEntry *entries;
} PyrDict;

static inline const PyrType *pyr_dict_key_type(const PyrDict *d) { return d->ob.type->args[0]; }
static inline const PyrType *pyr_dict_value_type(const PyrDict *d) { return d->ob.type->args[1]; }
void pyr_dict_release(PyrDict *d); /* drops the contents: for dealloc */
int pyr_dict_equal(PyrDict *a, PyrDict *b);
void pyr_dict_store_new(PyrDict *d, int64_t key, int64_t value); /* for pyr_dict_store_at */

/* ---- set: CPython 3.11's table, probe sequence and resize policy (set.c) ----
 * An entry is active when hash != -1; otherwise key bits -1 mark an unused
 * slot and 0 a deleted one (CPython's dummy). */
typedef struct PyrSetEntry {
    int64_t hash;
    PyrValue key;
} PyrSetEntry;

typedef struct PyrSet {
    PyrObject ob;
    int64_t fill;   /* active + deleted */
    int64_t used;   /* active */
    int64_t mask;   /* slots - 1 */
    int64_t finger; /* where pop() looks next */
    PyrSetEntry *table;
} PyrSet;

static inline const PyrType *pyr_set_elem(const PyrSet *s) { return s->ob.type->args[0]; }
static inline int pyr_set_active(const PyrSetEntry *e) { return e->hash != -1; }
void pyr_set_release(PyrSet *s); /* drops the contents: for dealloc */
int pyr_set_richcmp(PyrSet *a, PyrSet *b, int op);

#endif
