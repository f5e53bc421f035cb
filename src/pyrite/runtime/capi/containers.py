"""Entry points of the container runtime: list, tuple, dict, set (runtime/c/list*.c,
tuple.c, dict.c, set*.c) and the by-descriptor helpers of value.c.

Format: see capi/__init__.py. Conventions on top of it:

- An element travels as `i64` bits. A function that returns an element returns a
  new reference when the element is an object (get, pop, min, ...): the container's
  own reference is kept, or for pop its reference is handed over.
- A `ptr` parameter named as a type below (`type`, `list_type`, ...) is a type
  descriptor; every other `ptr` is an object, borrowed.
- Functions that raise do so with pyrite_raise and return 0 / NULL; the caller
  checks `pyrite_exc_pending`. `i1` results that may raise return 0 when they do.
- Effect "writes": mutates an argument (and may raise): never folded, removed,
  or moved across other uses of that argument. `pure` results may still be new
  references (the refcount pass runs after every optimization).

Slices: start, stop, step are i64, followed by `omitted`, a mask of
PYR_SLICE_NO_START = 1, PYR_SLICE_NO_STOP = 2, PYR_SLICE_NO_STEP = 4.
Comparison operators (pyr_compare's `op`): 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=.

Iteration (dict, set) is by position; see pyr_dict_iter in dict.c for the loop the
compiler writes, which detects "dictionary changed size during iteration" as
CPython does. A tuple descriptor with nargs -1 is tuple[T, ...] (T = args[0]).

Sorting with a key (list.sort(key=f)): items = pyr_list_sort_begin(l); keys = a
list of f(x) for x in items (l looks empty meanwhile, as in CPython);
pyr_list_sort_end(l, items, keys, reverse) -- or pyr_list_sort_abort(l, items)
if f raised. sorted(x, key=f): a fresh list and pyr_list_sort_keyed.
min/max(l, key=f): keys = [f(x) for x in l], then pyr_list_min_keyed(l, keys).

Set methods given another iterable (as a list of its items, in order) match
CPython with: s.union(it) = pyr_set_copy(s) + pyr_set_update_list;
s.symmetric_difference(it) = x = pyr_set_from_list(it), then
pyr_set_symmetric_difference_update(x, s); issubset / issuperset / isdisjoint
of an iterable = the same test against pyr_set_from_list(it). With a dict d:
set(d) and s.update(d) are pyr_set_from_dict / pyr_set_update_dict (CPython
sizes the table for d first); s.difference(d) = pyr_set_difference(s,
pyr_set_from_dict(d)); s.intersection(d) = pyr_set_intersection_list(s, keys).

Set literals: CPython builds `{a, b}` by adding the elements left to right, but
a display of three or more constants as a frozenset constant (built by adding
them, then rebuilt once by the compiler's constant merging from its own
iteration order) that the new set is then updated from, which can give another
table size and order: `{1, 2, 3, 4, 16}` prints as {16, 1, 2, 3, 4} and
`{0, 3, 64}` as {0, 3, 64}, where adding gives {0, 64, 3}. The compiler matches
it with t = pyr_set_new + pyr_set_add of each constant, then
pyr_set_copy(pyr_set_from_list(pyr_set_to_list(t))) (all at compile time, in
principle: the result is a constant layout).
"""

_P, _I, _F, _B, _V = "ptr", "i64", "f64", "i1", "void"
_SLICE = (_I, _I, _I, _I)

VALUES = {
    "pyr_compare": (_B, (_I, _I, _P, _I), "raises"),   # a, b, type, op
    "pyr_hash": (_I, (_I, _P), "raises"),               # hash(v): type
    "pyr_truth": (_B, (_I, _P), "pure"),                # bool(v): type
}

LIST = {
    "pyr_list_new": (_P, (_P, _I), "raises"),           # list_type, len (slots then pyr_list_init)
    "pyr_list_init": (_V, (_P, _I, _I), "writes"),      # fresh list, i, x
    "pyr_list_len": (_I, (_P,), "pure"),
    "pyr_list_get": (_I, (_P, _I), "raises"),
    "pyr_list_set": (_V, (_P, _I, _I), "writes"),
    "pyr_list_delitem": (_V, (_P, _I), "writes"),
    "pyr_list_append": (_V, (_P, _I), "writes"),
    "pyr_list_insert": (_V, (_P, _I, _I), "writes"),
    "pyr_list_pop": (_I, (_P, _I), "writes"),           # l.pop() is pyr_list_pop(l, -1)
    "pyr_list_remove": (_V, (_P, _I), "writes"),
    "pyr_list_index": (_I, (_P, _I, _I, _I), "raises"),  # x, start (0), stop (INT64_MAX)
    "pyr_list_count": (_I, (_P, _I), "raises"),
    "pyr_list_contains": (_B, (_P, _I), "raises"),
    "pyr_list_extend": (_V, (_P, _P), "writes"),        # also l += other
    "pyr_list_clear": (_V, (_P,), "writes"),
    "pyr_list_reverse": (_V, (_P,), "writes"),
    "pyr_list_copy": (_P, (_P,), "raises"),
    "pyr_list_concat": (_P, (_P, _P), "raises"),
    "pyr_list_repeat": (_P, (_P, _I), "raises"),
    "pyr_list_irepeat": (_V, (_P, _I), "writes"),       # l *= n
    "pyr_list_getslice": (_P, (_P, *_SLICE), "raises"),
    "pyr_list_setslice": (_V, (_P, *_SLICE, _P), "writes"),
    "pyr_list_delslice": (_V, (_P, *_SLICE), "writes"),
    "pyr_list_sort": (_V, (_P, _I), "writes"),          # reverse as 0 / 1
    "pyr_list_sort_keyed": (_V, (_P, _P, _I), "writes"),  # l, keys (left in any order), reverse
    "pyr_list_sorted": (_P, (_P, _I), "raises"),
    "pyr_list_sort_begin": (_P, (_P,), "writes"),
    "pyr_list_sort_end": (_V, (_P, _P, _P, _I), "writes"),  # l, items, keys or NULL, reverse
    "pyr_list_sort_abort": (_V, (_P, _P), "writes"),
    "pyr_list_sum_int": (_I, (_P, _I), "raises"),       # l, start
    "pyr_list_sum_float": (_F, (_P, _F), "pure"),
    "pyr_list_min": (_I, (_P,), "raises"),
    "pyr_list_max": (_I, (_P,), "raises"),
    "pyr_list_min_keyed": (_I, (_P, _P), "raises"),     # l, keys
    "pyr_list_max_keyed": (_I, (_P, _P), "raises"),
    "pyr_list_any": (_B, (_P,), "pure"),
    "pyr_list_all": (_B, (_P,), "pure"),
}

TUPLE = {
    "pyr_tuple_new": (_P, (_P, _I), "raises"),          # tuple_type, len (then pyr_tuple_init)
    "pyr_tuple_init": (_V, (_P, _I, _I), "writes"),
    "pyr_tuple_get": (_I, (_P, _I), "pure"),            # constant, checked index
    "pyr_tuple_getitem": (_I, (_P, _I), "raises"),      # tuple[T, ...] with a run-time index
    "pyr_tuple_len": (_I, (_P,), "pure"),
    "pyr_tuple_getslice": (_P, (_P, *_SLICE, _P), "raises"),  # ..., result_type
    "pyr_tuple_concat": (_P, (_P, _P, _P), "raises"),   # a, b, result_type
    "pyr_tuple_repeat": (_P, (_P, _I, _P), "raises"),   # t, n, result_type
    "pyr_tuple_contains": (_B, (_P, _I), "raises"),
    "pyr_tuple_count": (_I, (_P, _I), "raises"),
    "pyr_tuple_index": (_I, (_P, _I, _I, _I), "raises"),
}

DICT = {
    "pyr_dict_new": (_P, (_P, _I), "raises"),           # dict_type, presize (items of a literal)
    "pyr_dict_len": (_I, (_P,), "pure"),
    "pyr_dict_getitem": (_I, (_P, _I), "raises"),
    "pyr_dict_setitem": (_V, (_P, _I, _I), "writes"),
    "pyr_dict_delitem": (_V, (_P, _I), "writes"),
    "pyr_dict_contains": (_B, (_P, _I), "raises"),
    "pyr_dict_find": (_I, (_P, _I), "raises"),          # entry number or -1 (for d.get(k))
    "pyr_dict_get": (_I, (_P, _I, _I), "raises"),       # d.get(k, default)
    "pyr_dict_find_item": (_I, (_P, _I), "raises"),     # entry number of d[k]: KeyError when absent
    "pyr_dict_value_or": (_I, (_P, _I, _I), "pure"),    # d, entry number or -1, default
    "pyr_dict_store_at": (_V, (_P, _I, _I, _I), "writes"),  # d, pyr_dict_find's answer, k, v
    "pyr_dict_setdefault": (_I, (_P, _I, _I), "writes"),
    "pyr_dict_pop": (_I, (_P, _I), "writes"),
    "pyr_dict_pop_default": (_I, (_P, _I, _I), "writes"),
    "pyr_dict_popitem": (_P, (_P, _P), "writes"),       # d, tuple_type
    "pyr_dict_clear": (_V, (_P,), "writes"),
    "pyr_dict_copy": (_P, (_P,), "raises"),
    "pyr_dict_update": (_V, (_P, _P), "writes"),
    "pyr_dict_iter": (_I, (_P, _I, _I, _I), "raises"),  # d, pos, len_at_start, remaining
    "pyr_dict_iter_back": (_I, (_P, _I, _I), "raises"),  # reversed(d): d, pos, len_at_start
    "pyr_dict_key_at": (_I, (_P, _I), "pure"),
    "pyr_dict_value_at": (_I, (_P, _I), "pure"),
    "pyr_dict_item_at": (_P, (_P, _I, _P), "raises"),   # d, position, tuple_type
    "pyr_dict_keys": (_P, (_P, _P), "raises"),          # d, list_type: list(d)
    "pyr_dict_values": (_P, (_P, _P), "raises"),
    "pyr_dict_items": (_P, (_P, _P), "raises"),
}

SET = {
    "pyr_set_new": (_P, (_P,), "raises"),               # set_type
    "pyr_set_from_list": (_P, (_P, _P), "raises"),      # set_type, list: set(iterable)
    "pyr_set_from_dict": (_P, (_P, _P), "raises"),      # set_type, dict: set(d)
    "pyr_set_len": (_I, (_P,), "pure"),
    "pyr_set_add": (_V, (_P, _I), "writes"),
    "pyr_set_discard": (_V, (_P, _I), "writes"),
    "pyr_set_remove": (_V, (_P, _I), "writes"),
    "pyr_set_pop": (_I, (_P,), "writes"),
    "pyr_set_contains": (_B, (_P, _I), "raises"),
    "pyr_set_clear": (_V, (_P,), "writes"),
    "pyr_set_copy": (_P, (_P,), "raises"),
    "pyr_set_update": (_V, (_P, _P), "writes"),         # s |= t, s.update(t)
    "pyr_set_update_list": (_V, (_P, _P), "writes"),    # s.update(iterable as a list)
    "pyr_set_update_dict": (_V, (_P, _P), "writes"),    # s.update(d)
    "pyr_set_union": (_P, (_P, _P), "raises"),          # s | t
    "pyr_set_intersection": (_P, (_P, _P), "raises"),   # s & t
    "pyr_set_intersection_list": (_P, (_P, _P), "raises"),
    "pyr_set_difference": (_P, (_P, _P), "raises"),     # s - t
    "pyr_set_difference_list": (_P, (_P, _P), "raises"),
    "pyr_set_symmetric_difference": (_P, (_P, _P), "raises"),  # s ^ t
    "pyr_set_intersection_update": (_V, (_P, _P), "writes"),   # s &= t
    "pyr_set_intersection_update_list": (_V, (_P, _P), "writes"),
    "pyr_set_difference_update": (_V, (_P, _P), "writes"),     # s -= t
    "pyr_set_difference_update_list": (_V, (_P, _P), "writes"),
    "pyr_set_symmetric_difference_update": (_V, (_P, _P), "writes"),  # s ^= t
    "pyr_set_symmetric_difference_update_list": (_V, (_P, _P), "writes"),
    "pyr_set_issubset": (_B, (_P, _P), "raises"),       # also pyr_compare with <=
    "pyr_set_issuperset": (_B, (_P, _P), "raises"),
    "pyr_set_isdisjoint": (_B, (_P, _P), "raises"),
    "pyr_set_iter": (_I, (_P, _I, _I), "raises"),       # s, pos, len_at_start
    "pyr_set_item_at": (_I, (_P, _I), "pure"),
    "pyr_set_to_list": (_P, (_P, _P), "raises"),        # s, list_type: list(s)
}

FUNCTIONS = {**VALUES, **LIST, **TUPLE, **DICT, **SET}
