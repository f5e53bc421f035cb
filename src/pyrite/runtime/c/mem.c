/* The small-block allocator: every allocation of the runtime goes through
 * pyr_mem_alloc / pyr_mem_realloc / pyr_mem_free (docs/adr/0011).
 *
 * Requests of up to PYR_MEM_SMALL_MAX bytes are rounded up to a size class (a
 * multiple of 16 bytes) and served from pools; anything larger goes to the C
 * library's malloc. The design follows the one CPython's obmalloc made
 * standard:
 *
 *   arena  ARENA_POOLS pools' worth of bytes (plus one pool of slack for the
 *          alignment) from malloc, cut into pools as they are needed; malloc
 *          is everywhere (wasm32-wasi has no mmap), and the start is aligned
 *          by hand because the aligned_alloc of the wasm32-wasi C library Zig
 *          ships does not honour large alignments (asked for 256 KiB, it gave
 *          an address 64 KiB past a multiple of it);
 *   pool   POOL_SIZE bytes, aligned to its size, of blocks of one class; its
 *          header (at the pool's start) holds the pool's free list, how many
 *          blocks are in use, and the bump pointer for blocks never used yet;
 *   block  what the caller gets: 16-byte aligned.
 *
 * used[c] lists the pools of class c that have a block to give, so alloc is a
 * pop from the first of them; free finds the pool by masking the address and
 * pushes the block on its list. Both are O(1). A pool whose last block is freed
 * goes back to its arena, so memory moves between classes; an arena whose pools
 * are all free is returned to the C library (one spare arena is kept, so that a
 * loop allocating and freeing around an arena boundary does not thrash).
 *
 * Free must tell a pool block from a malloc'd one without reading memory it does
 * not own. Pools are aligned to POOL_SIZE, so address >> POOL_SHIFT names the
 * pool a block would be in, and a hash set of the numbers of the pools of every
 * arena says whether that pool is ours. A non-pool block always came from
 * malloc with more than PYR_MEM_SMALL_MAX bytes (realloc keeps that true),
 * which realloc relies on.
 *
 * Single-threaded: a Pyrite program has one thread, so there is no locking. */
#include <stdlib.h>
#include <string.h>

#include "pyrite.h"

enum {
    ALIGN_SHIFT = 4,
    ALIGNMENT = 1 << ALIGN_SHIFT,
    NCLASSES = PYR_MEM_SMALL_MAX / ALIGNMENT,
    POOL_SHIFT = 14, /* 16 KiB pools */
    POOL_SIZE = 1 << POOL_SHIFT,
    ARENA_POOLS = 16, /* 256 KiB arenas (17 pools when malloc's answer is aligned) */
    ARENA_BYTES = (ARENA_POOLS + 1) * POOL_SIZE,
};

typedef struct Block {
    struct Block *next;
} Block;

typedef struct Arena Arena;

typedef struct Pool {
    Block *free;              /* freed blocks, ready for reuse */
    char *fresh;              /* the next block never handed out */
    struct Pool *next, *prev; /* in used[class], or (next only) the arena's free pools */
    Arena *arena;
    uint32_t nused;    /* blocks handed out and not freed */
    uint32_t capacity; /* blocks in the pool */
    uint32_t sclass;
} Pool;

/* The pool header, rounded up so that blocks stay 16-byte aligned. */
#define POOL_HEADER ((sizeof(Pool) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1))

struct Arena {
    char *memory;        /* from malloc */
    char *base;          /* the first pool: memory rounded up to POOL_SIZE */
    Pool *free_pools;    /* pools given back, ready for any class */
    int32_t npools;      /* pools that fit */
    int32_t nfree;       /* pools free: given back, or never carved */
    int32_t ncarved;     /* pools carved from the start of the arena */
    Arena *next, *prev;  /* in `usable`: arenas with a free pool */
};

static Pool *used[NCLASSES];
static Arena *usable;
static int64_t narenas;

static size_t class_size(uint32_t c) { return (size_t)(c + 1) << ALIGN_SHIFT; }

/* ---- the set of pool numbers (address >> POOL_SHIFT), open addressing ---- */

static uintptr_t no_keys[1];      /* the empty set, before the first arena */
static uintptr_t *keys = no_keys; /* key + 1; 0 is an empty slot */
static size_t keys_mask, nkeys;

static size_t key_slot(uintptr_t key) {
    return (size_t)((uint64_t)key * 0x9E3779B97F4A7C15u >> 32) & keys_mask;
}

static int key_known(uintptr_t key) {
    for (size_t i = key_slot(key);; i = (i + 1) & keys_mask) {
        if (keys[i] == key + 1) return 1;
        if (keys[i] == 0) return 0;
    }
}

static void key_put(uintptr_t key) {
    size_t i = key_slot(key);
    while (keys[i]) i = (i + 1) & keys_mask;
    keys[i] = key + 1;
    nkeys++;
}

static int keys_grow(void) {
    uintptr_t *old = keys;
    size_t oldsize = keys == no_keys ? 0 : keys_mask + 1, size = oldsize ? oldsize * 2 : 64;
    keys = calloc(size, sizeof *keys);
    if (!keys) {
        keys = old;
        return 0;
    }
    keys_mask = size - 1;
    nkeys = 0;
    for (size_t i = 0; i < oldsize; i++)
        if (old[i]) key_put(old[i] - 1);
    if (old != no_keys) free(old);
    return 1;
}

/* Removal without tombstones: later entries of the probe run move back. */
static void key_remove(uintptr_t key) {
    size_t i = key_slot(key);
    while (keys[i] != key + 1) i = (i + 1) & keys_mask;
    for (size_t j = (i + 1) & keys_mask; keys[j]; j = (j + 1) & keys_mask) {
        size_t home = key_slot(keys[j] - 1);
        /* keys[j] may fill the hole at i unless its home lies cyclically in (i, j] */
        if (((j - home) & keys_mask) >= ((j - i) & keys_mask)) {
            keys[i] = keys[j];
            i = j;
        }
    }
    keys[i] = 0;
    nkeys--;
}

/* ---- arenas and pools ---- */

static Pool *pool_of(const void *p) {
    uintptr_t a = (uintptr_t)p;
    if (!key_known(a >> POOL_SHIFT)) return NULL;
    return (Pool *)(a & ~(uintptr_t)(POOL_SIZE - 1));
}

static void usable_push(Arena *a) {
    a->prev = NULL;
    a->next = usable;
    if (usable) usable->prev = a;
    usable = a;
}

static void usable_unlink(Arena *a) {
    if (a->prev) a->prev->next = a->next;
    else usable = a->next;
    if (a->next) a->next->prev = a->prev;
}

static Arena *new_arena(void) {
    while ((nkeys + ARENA_POOLS + 1) * 2 > (keys == no_keys ? 0 : keys_mask + 1))
        if (!keys_grow()) return NULL;
    Arena *a = malloc(sizeof *a);
    char *memory = malloc(ARENA_BYTES);
    if (!a || !memory) {
        free(a);
        free(memory);
        return NULL;
    }
    uintptr_t first = ((uintptr_t)memory + POOL_SIZE - 1) & ~(uintptr_t)(POOL_SIZE - 1);
    a->memory = memory;
    a->base = (char *)first;
    a->npools = (int32_t)(((uintptr_t)memory + ARENA_BYTES - first) / POOL_SIZE);
    a->free_pools = NULL;
    a->nfree = a->npools;
    a->ncarved = 0;
    for (int32_t i = 0; i < a->npools; i++) key_put((first >> POOL_SHIFT) + (uintptr_t)i);
    narenas++;
    usable_push(a);
    return a;
}

static void release_arena(Arena *a) {
    usable_unlink(a);
    for (int32_t i = 0; i < a->npools; i++) key_remove(((uintptr_t)a->base >> POOL_SHIFT) + (uintptr_t)i);
    narenas--;
    free(a->memory);
    free(a);
}

/* A pool of class c, linked first in used[c]; NULL when out of memory. */
__attribute__((noinline)) static Pool *new_pool(uint32_t c) {
    Arena *a = usable ? usable : new_arena();
    if (!a) return NULL;
    Pool *p = a->free_pools;
    if (p) a->free_pools = p->next;
    else p = (Pool *)(a->base + (size_t)a->ncarved++ * POOL_SIZE);
    if (--a->nfree == 0) usable_unlink(a);
    p->free = NULL;
    p->fresh = (char *)p + POOL_HEADER;
    p->arena = a;
    p->nused = 0;
    p->capacity = (uint32_t)((POOL_SIZE - POOL_HEADER) / class_size(c));
    p->sclass = c;
    p->prev = NULL;
    p->next = used[c];
    if (used[c]) used[c]->prev = p;
    used[c] = p;
    return p;
}

static void used_unlink(Pool *p) {
    if (p->prev) p->prev->next = p->next;
    else used[p->sclass] = p->next;
    if (p->next) p->next->prev = p->prev;
}

/* An empty pool goes back to its arena; an arena left with no pool in use goes
 * back to the C library, unless it is the only one with room. */
static void release_pool(Pool *p) {
    used_unlink(p);
    Arena *a = p->arena;
    p->next = a->free_pools;
    a->free_pools = p;
    if (a->nfree++ == 0) usable_push(a);
    if (a->nfree == a->npools && (a->prev || a->next)) release_arena(a);
}

/* Free's rare cases, out of line so that its common case needs no saved
 * registers: a pool that was full is offered again, first; an empty pool is
 * given back unless it is its class's only one. */
__attribute__((noinline)) static void pool_changed(Pool *p, uint32_t was_used) {
    if (was_used == p->capacity) {
        uint32_t c = p->sclass;
        p->prev = NULL;
        p->next = used[c];
        if (used[c]) used[c]->prev = p;
        used[c] = p;
    }
    if (p->nused == 0 && (p->prev || p->next)) release_pool(p);
}

/* ---- the entry points ---- */

void *pyr_mem_alloc(size_t n) {
    if (n > PYR_MEM_SMALL_MAX) return malloc(n);
    uint32_t c = n ? (uint32_t)((n - 1) >> ALIGN_SHIFT) : 0;
    Pool *p = used[c];
    if (!p && !(p = new_pool(c))) return NULL;
    Block *b = p->free;
    if (b) {
        p->free = b->next;
    } else {
        b = (Block *)p->fresh;
        p->fresh += class_size(c);
    }
    if (++p->nused == p->capacity) used_unlink(p); /* full: no longer offered */
    return b;
}

void pyr_mem_free(void *ptr) {
    if (!ptr) return;
    Pool *p = pool_of(ptr);
    if (!p) {
        free(ptr);
        return;
    }
    Block *b = ptr;
    b->next = p->free;
    p->free = b;
    uint32_t was_used = p->nused--;
    if (was_used == p->capacity || was_used == 1) pool_changed(p, was_used);
}

void *pyr_mem_realloc(void *ptr, size_t n) {
    if (!ptr) return pyr_mem_alloc(n);
    Pool *p = pool_of(ptr);
    size_t have;
    if (p) {
        have = class_size(p->sclass);
        /* it still fits, and shrinking would save little: keep the block */
        if (n <= have && (4 * n > 3 * have || (n ? (n - 1) >> ALIGN_SHIFT : 0) == p->sclass)) return ptr;
    } else {
        if (n > PYR_MEM_SMALL_MAX) return realloc(ptr, n);
        have = n; /* a malloc'd block is larger than any small one */
    }
    void *q = pyr_mem_alloc(n);
    if (!q) return NULL;
    memcpy(q, ptr, n < have ? n : have);
    pyr_mem_free(ptr);
    return q;
}

/* For tests: the usable size of a pool block, or 0 for a malloc'd one. */
int64_t pyr_mem_block_size(void *ptr) {
    Pool *p = pool_of(ptr);
    return p ? (int64_t)class_size(p->sclass) : 0;
}

/* For tests: arenas held now. */
int64_t pyr_mem_arenas(void) { return narenas; }
