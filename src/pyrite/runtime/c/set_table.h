/* The set's hash table (set.c), shared with the set algebra (set_ops.c).
 * Functions returning int give 0 on success and -1 with an exception raised. */
#ifndef PYRITE_SET_TABLE_H
#define PYRITE_SET_TABLE_H

#include "pyrite.h"

enum { SET_FOUND = 1, SET_NOT_FOUND = 0 };

PyrSet *set_new(const PyrType *type);
int set_add_entry(PyrSet *so, PyrValue key, int64_t hash);       /* takes its own reference */
int set_contains_entry(PyrSet *so, PyrValue key, int64_t hash);  /* 1 0, -1 */
int set_discard_entry(PyrSet *so, PyrValue key, int64_t hash);   /* SET_FOUND, SET_NOT_FOUND, -1 */
int set_table_resize(PyrSet *so, int64_t minused);
int set_merge(PyrSet *so, PyrSet *other);                        /* so.update(other) */
int set_add_list(PyrSet *so, const PyrList *l);                  /* so.update(l) */
void set_clear(PyrSet *so);
PyrSet *set_copy(PyrSet *so);
int set_next(const PyrSet *so, int64_t *pos, PyrSetEntry **entry); /* 1 while there is one */

/* The resize after an insertion or a bulk removal: CPython's growth rate. */
static inline int64_t set_growth(const PyrSet *so) { return so->used > 50000 ? so->used * 2 : so->used * 4; }

#endif
