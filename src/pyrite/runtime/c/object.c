/* Allocation, reference counts, deallocation by kind, and the leak check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

int64_t pyr_live_objects = 0;

void pyr_raise_cstr(int32_t kind, const char *msg) {
    pyrite_raise(kind, msg, (int64_t)strlen(msg));
}

void *pyr_alloc(int64_t size, const PyrType *type) {
    if (size < 0 || (uint64_t)size > (uint64_t)SIZE_MAX / 2) {
        pyr_raise_cstr(PYR_MemoryError, "");
        return NULL;
    }
    PyrObject *o = pyr_mem_alloc((size_t)size);
    if (!o) {
        pyrite_raise(PYR_MemoryError, "", 0);
        return NULL;
    }
    o->rc = 1;
    o->type = type;
    pyr_live_objects++;
    return o;
}

void pyr_incref(PyrObject *o) {
    if (o) o->rc++;
}

void pyr_decref(PyrObject *o) {
    if (o && --o->rc == 0) pyr_dealloc(o);
}

static void release_values(PyrValue *items, int64_t n, const PyrType *t) {
    if (!pyr_is_object(t)) return;
    for (int64_t i = 0; i < n; i++) pyr_decref(items[i].o);
}

/* What a container owns: its items' references, its item and table arrays. Out of
 * line, so that freeing a str (most frees) saves none of the registers its loops use. */
static __attribute__((noinline)) void release_contents(PyrObject *o) {
    const PyrType *t = o->type;
    switch (t->kind) {
    case PYR_LIST: {
        PyrList *l = (PyrList *)o;
        release_values(pyr_list_values(l), l->len, t->args[0]); /* read only for objects */
        pyr_mem_free(l->items);
        break;
    }
    case PYR_TUPLE: {
        PyrTuple *tu = (PyrTuple *)o;
        for (int64_t i = 0; i < tu->len; i++) pyr_value_decref(tu->items[i], pyr_tuple_item_type(t, i));
        break;
    }
    case PYR_DICT:
        pyr_dict_release((PyrDict *)o);
        break;
    case PYR_SET:
        pyr_set_release((PyrSet *)o);
        break;
    default:
        break;
    }
}

__attribute__((noinline)) void pyr_dealloc(PyrObject *o) {
    if (o->type->kind != PYR_STR) release_contents(o);
    pyr_live_objects--;
    pyr_mem_free(o);
}

/* With PYRITE_LEAKCHECK=1: report objects still alive at a normal exit. */
int64_t pyr_leak_check(void) {
    const char *flag = getenv("PYRITE_LEAKCHECK");
    if (!flag || !*flag || strcmp(flag, "0") == 0 || pyr_live_objects == 0) return 0;
    fflush(stdout);
    fprintf(stderr, "pyrite: leak check: %lld objects still alive at exit\n", (long long)pyr_live_objects);
    return 70;
}
