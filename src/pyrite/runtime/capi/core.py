"""Entry points of the core object runtime: objects, str basics, any value (list and
tuple are in containers.py)."""

FUNCTIONS = {
    # objects
    "pyr_incref": ("void", ("ptr",), "io"),
    "pyr_decref": ("void", ("ptr",), "io"),
    "pyr_leak_check": ("i64", (), "io"),
    # str basics (str.c)
    "pyr_print_str": ("void", ("ptr",), "io"),
    "pyr_exit_str": ("void", ("ptr",), "io"),
    "pyr_raise_str": ("void", ("i32", "ptr"), "io"),
    "pyr_str_from_i64": ("ptr", ("i64",), "pure"),
    "pyr_str_from_f64": ("ptr", ("f64",), "pure"),
    "pyr_str_from_bool": ("ptr", ("i1",), "pure"),
    "pyr_str_len": ("i64", ("ptr",), "pure"),
    "pyr_str_concat": ("ptr", ("ptr", "ptr"), "raises"),
    "pyr_str_getitem": ("ptr", ("ptr", "i64"), "raises"),
    "pyr_str_eq": ("i1", ("ptr", "ptr"), "pure"),
    "pyr_str_cmp": ("i64", ("ptr", "ptr"), "pure"),
    # any value by its type descriptor (value.c)
    "pyr_print_value": ("void", ("i64", "ptr"), "io"),
    "pyr_repr": ("ptr", ("i64", "ptr"), "pure"),
    "pyr_to_str": ("ptr", ("i64", "ptr"), "pure"),
}
