"""Typing rules of dict[K, V] and set[T]: annotations, literals, `d[k]`, methods,
`in`, the set operators, and the iterables `for` accepts (a dict, a set,
`d.keys()`, `d.values()`, `d.items()`).

Keys and set elements must be hashable: int, float, bool, str, or tuples
(fixed or tuple[T, ...]) of those, nested as deep as wanted; the C runtime
hashes a tuple as CPython does, so sets of tuples keep CPython's order. A
literal's first entry decides its types unless the context expects a dict or
set type, as for lists; `{}` and `set()` need the context. Keys are checked
strictly: a dict[int, str] is indexed with an int, not a bool or a float, so a
lookup never depends on 1 == 1.0 == True. The one widening: a tuple[int, int]
key may be used with a dict[tuple[int, ...], V], being the same object.
"""

from __future__ import annotations

import ast
import difflib

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, SCALARS, article, compatible, conversion_hint, is_value  # noqa: F401 (conversion_hint: comprehensions)
from pyrite.frontend import sequences  # circular: sequences routes dicts and sets here
from pyrite.frontend.typed import BOOL, NONE, STR, CallInfo, PyType, dict_of, set_of, tuple_of, var_tuple_of

HASHABLE = SCALARS | {STR}
HASHABLE_KINDS = "keys and set elements can be int, float, bool, str, or tuples of those"
DICT_METHODS = sorted(name for name in dir(dict) if not name.startswith("_"))
SET_METHODS = sorted(name for name in dir(set) if not name.startswith("_"))
VIEWS = {"keys": "dict_keys", "values": "dict_values", "items": "dict_items"}
SET_RESULT = {"union": "|", "intersection": "&", "difference": "-", "symmetric_difference": "^"}
SET_TESTS = ("issubset", "issuperset", "isdisjoint")
SET_MANY = ("update", "union", "intersection", "difference")  # any number of iterables
SUPPORTED = {
    "dict": {"get", "setdefault", "pop", "keys", "values", "items", "update", "clear", "copy"},
    "set": {"add", "remove", "discard", "pop", "clear", "copy", "update", *SET_RESULT, *SET_TESTS},
}
SET_OPERATORS = (ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor)


def is_mapping(t: PyType) -> bool:
    return t.is_dict or t.is_set


# ---- dict[K, V], set[T] annotations -----------------------------------------------


def mapping_annotation(node: ast.Subscript) -> PyType | tuple[str, str | None]:
    from pyrite.frontend.pytypes import annotation_type  # circular: annotation_type calls here

    kind = node.value.id
    parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    if len(parts) != (2 if kind == "dict" else 1):
        return (f"{kind}[...] takes {'a key and a value type' if kind == 'dict' else 'one element type'}",
                "e.g. dict[str, int]" if kind == "dict" else "e.g. set[int]")
    types = []
    for part in parts:
        found = annotation_type(part, allow_none=False)
        if not isinstance(found, PyType):
            return found
        types.append(found)
    problem = hashable_problem(types[0], "key" if kind == "dict" else "set element")
    if problem is not None:
        return problem
    return dict_of(*types) if kind == "dict" else set_of(types[0])


def is_hashable(t: PyType) -> bool:
    """int, float, bool, str, and tuples (fixed or tuple[T, ...]) of hashable items."""
    if t.is_var_tuple:
        return is_hashable(t.elem)
    if t.is_tuple:
        return all(is_hashable(item) for item in t.items)
    return t in HASHABLE


def hashable_problem(t: PyType, role: str) -> tuple[str, str | None] | None:
    """Why t cannot be a key or set element, or None if it can."""
    if is_hashable(t):
        return None
    part = _unhashable_part(t)
    if not (part.is_list or part.is_dict or part.is_set):
        return (f"a {role} of type {t} is not supported", HASHABLE_KINDS)
    why = f"a {part.name}" if part == t else f"its {part} item"
    return (f"{t} is not hashable, so it cannot be a {role}: {why} can change after it is stored "
            f"(CPython: TypeError: unhashable type: '{part.name}')", _hashable_hint(part))


def _unhashable_part(t: PyType) -> PyType:
    """The innermost item of t that makes it unhashable (t itself if not a tuple)."""
    if t.is_tuple:
        for item in (t.elem,) if t.is_var_tuple else t.items:
            if not is_hashable(item):
                return _unhashable_part(item)
    return t


def _hashable_hint(part: PyType) -> str:
    if part.is_list and is_hashable(part.elem):
        return f"use a tuple[{part.elem}, ...] instead of the {part}: (a, b) rather than [a, b]"
    return HASHABLE_KINDS


# ---- {k: v}, {a, b} ----------------------------------------------------------------


def check_dict(ck: Checker, node: ast.Dict, expected: PyType | None) -> PyType:
    want = expected if expected is not None and expected.is_dict else None
    if not node.keys:
        if expected == ERROR:
            return ERROR
        if want is None:
            ck.error(node, "cannot infer the key and value types of an empty dict",
                     "give it a type with an annotation, e.g. counts: dict[str, int] = {}")
            return ERROR
        return want
    key_t = want.items[0] if want else None
    value_t = want.items[1] if want else None
    ok = True
    for key, value in zip(node.keys, node.values):
        if key is None:
            ck.error(value, "'**' in a dict literal is not supported yet", "use d.update(other)")
            ok = False
            continue
        kt = ex.check_expr(ck, key, expected=key_t)
        vt = sequences.check_element(ck, value, ex.check_expr(ck, value, expected=value_t))
        if ERROR in (kt, vt):
            ok = False
            continue
        if key_t is None:
            problem = hashable_problem(kt, "key")
            if problem is not None:
                ck.error(key, *problem)
                return ERROR
            key_t, value_t = kt, vt
            continue
        ok = _fits(ck, key, kt, key_t, dict_of(key_t, value_t), want is not None, DICT_FIRST) and ok
        ok = ok and _fits(ck, value, vt, value_t, dict_of(key_t, value_t), want is not None, DICT_FIRST)
    return dict_of(key_t, value_t) if ok else ERROR


DICT_FIRST = "all the keys of a dict literal must have one type, and all its values one type; the first entry"
SET_FIRST = "all the elements of a set must have one type; the first one"


def _fits(ck: Checker, node: ast.expr, got: PyType, want: PyType, whole: PyType, annotated: bool,
          first: str) -> bool:
    if stores_as(got, want):
        return True
    hint = conversion_hint(node, got, want) if annotated else f"{first} made it a {whole}"
    ck.error(node, f"{whole} cannot hold {article(got)} here", _tuple_lengths_hint(got, want, whole) or hint)
    return False


def _tuple_lengths_hint(got: PyType, want: PyType, whole: PyType) -> str | None:
    """For {(1, 2), (1, 2, 3)}: tuples of one item type but two lengths."""
    if not (got.is_tuple and want.is_tuple) or got.is_var_tuple or want.is_var_tuple:
        return None
    items = set(got.items) | set(want.items)
    if len(items) != 1:
        return None
    return f"to mix tuple lengths, annotate the {whole.name} with {var_tuple_of(items.pop())} in place of {want}"


def check_set(ck: Checker, node: ast.Set, expected: PyType | None) -> PyType:
    want = expected.items[0] if expected is not None and expected.is_set else None
    annotated, ok = want is not None, True
    for item in node.elts:
        if isinstance(item, ast.Starred):
            ck.error(item, "'*' in a set literal is not supported yet")
            ok = False
            continue
        t = ex.check_expr(ck, item, expected=want)
        if t == ERROR:
            ok = False
        elif want is None:
            problem = hashable_problem(t, "set element")
            if problem is not None:
                ck.error(item, *problem)
                return ERROR
            want = t
        elif ok:
            ok = _fits(ck, item, t, want, set_of(want), annotated, SET_FIRST)
    return set_of(want) if ok and want is not None else ERROR


# ---- d[k], d[k] = v, del d[k] -----------------------------------------------------------


def check_key(ck: Checker, node: ast.expr, d: PyType, role: str = "key") -> bool:
    """`node` is a key (or set element) of the right type for `d`."""
    want = d.items[0]
    t = ex.check_expr(ck, node, expected=want)
    if t == ERROR:
        return False
    if not stores_as(t, want):
        ck.error(node, f"{d} {role}s are {want}, not {t}", conversion_hint(node, t, want))
        return False
    return True


def stores_as(t: PyType, want: PyType) -> bool:
    """A t value is a `want` value as it is: the same type, or a fixed tuple whose
    items are all T for a tuple[T, ...] (one object either way, irgen/convert.py)."""
    return t == want or (want.is_var_tuple and compatible(t, want))


def check_subscript(ck: Checker, node: ast.Subscript, d: PyType) -> PyType:
    if not d.is_dict:
        ck.error(node.value, f"'{d}' object is not subscriptable", "test membership with 'x in s'")
        ex.check_expr(ck, node.slice)
        return ERROR
    if isinstance(node.slice, ast.Slice):
        ck.error(node.slice, "a dict cannot be sliced")
        return ERROR
    return d.items[1] if check_key(ck, node.slice, d) else ERROR


# ---- k in d, x in s ------------------------------------------------------------------


def check_membership(ck: Checker, node: ast.Compare, left: ast.expr, lt: PyType, rt: PyType) -> bool:
    if ERROR in (lt, rt):
        return False
    want = rt.items[0]
    if stores_as(lt, want):
        return True
    what = "keys" if rt.is_dict else "elements"
    if lt.is_tuple and want.is_tuple:  # CPython finds (1, 2) in {(1, 2)} whatever the tuples' types
        ck.error(node, f"a {lt} cannot be looked up in a {rt}", f"Pyrite needs the {what} to have the tuple's "
                 f"type: make it a {rt.name}[{lt}{', ' + str(rt.items[1]) if rt.is_dict else ''}]")
    else:
        ck.error(node, f"'{lt}' values are never in a {rt}", f"its {what} are {want}")
    return False


def compare_problem(op: ast.cmpop, left: PyType, right: PyType) -> tuple[str, str | None] | None:
    if left != right:
        return (f"cannot compare '{left}' and '{right}'", None)
    if isinstance(op, (ast.Eq, ast.NotEq)) or left.is_set:
        return None
    return (f"'{'<' if isinstance(op, ast.Lt) else 'order'}' is not supported between dicts",
            "compare them with == or !=")


def set_binop_type(op: ast.operator, left: PyType, right: PyType) -> PyType | None:
    if left.is_set and left == right and isinstance(op, SET_OPERATORS):
        return left
    return None


# ---- methods ---------------------------------------------------------------------------


def check_method_call(ck: Checker, node: ast.Call, func: ast.Attribute, receiver: PyType) -> PyType:
    kind, name = receiver.name, func.attr
    if name not in SUPPORTED[kind]:
        _report_method(ck, func, kind, name)
        _arguments(ck, node)
        return ERROR
    ck.tables.calls[node] = CallInfo("method", f"{kind}.{name}", [func.value, *node.args])
    if node.keywords:
        ck.error(node.keywords[0], f"{kind}.{name}() takes no keyword arguments")
        _arguments(ck, node)
        return ERROR
    rule = _dict_method if kind == "dict" else _set_method
    return rule(ck, node, name, receiver)


def _report_method(ck: Checker, func: ast.Attribute, kind: str, name: str) -> None:
    existing = DICT_METHODS if kind == "dict" else SET_METHODS
    if name in existing:
        ck.error(func, f"{kind} method '{name}' is not supported yet",
                 f"supported {kind} methods: {', '.join(sorted(SUPPORTED[kind]))}")
        return
    close = difflib.get_close_matches(name, existing, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else None
    if name == "append" and kind == "set":
        hint = "did you mean 'add'?"
    elif name in ("has_key", "contains", "has"):
        hint = "test membership with 'key in d'"
    ck.error(func, f"'{kind}' object has no attribute '{name}'", hint)


def _arguments(ck: Checker, node: ast.Call) -> None:
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        ex.check_expr(ck, arg.value if isinstance(arg, ast.Starred) else arg)


def _arity(ck: Checker, node: ast.Call, name: str, least: int, most: int) -> bool:
    n = len(node.args)
    if least <= n <= most:
        return True
    if least == most:
        ck.error(node, f"{name}() takes exactly {least} argument{'s' if least != 1 else ''} ({n} given)")
    else:
        ck.error(node, f"{name} expected at least {least} argument{'s' if least != 1 else ''}, got {n}"
                 if n < least else f"{name} expected at most {most} arguments, got {n}")
    _arguments(ck, node)
    return False


def _value_arg(ck: Checker, node: ast.expr, want: PyType, whole: PyType) -> bool:
    t = sequences.check_element(ck, node, ex.check_expr(ck, node, expected=want))
    if t == ERROR:
        return False
    if t != want:
        ck.error(node, f"{whole} values are {want}, not {t}", conversion_hint(node, t, want))
        return False
    return True


def _same_arg(ck: Checker, node: ast.expr, want: PyType, what: str) -> bool:
    t = ex.check_expr(ck, node, expected=want)
    if t not in (ERROR, want):
        hint = f"make a set first: set({ex.source_text(node)})" if t.is_list and want.is_set else None
        ck.error(node, f"{what} needs {article(want)}, not {article(t)}", hint)
        return False
    return t != ERROR


def _dict_method(ck: Checker, node: ast.Call, name: str, d: PyType) -> PyType:
    key_t, value_t = d.items
    args = node.args
    if name in VIEWS or name in ("clear", "copy"):
        if not _arity(ck, node, f"dict.{name}", 0, 0):
            return ERROR
        if name in VIEWS:
            items = (tuple_of(key_t, value_t),) if name == "items" else (d.items[name == "values"],)
            return PyType(VIEWS[name], items)
        return NONE if name == "clear" else d
    if name == "update":
        if not _arity(ck, node, "dict.update", 1, 1):
            return ERROR
        return NONE if _same_arg(ck, args[0], d, "dict.update()") else ERROR
    if not _arity(ck, node, f"dict.{name}" if name != "pop" else "pop", 1, 2):
        return ERROR
    if len(args) == 1 and name in ("get", "setdefault"):
        check_key(ck, args[0], d)
        ck.error(node, f"d.{name}(key) without a default may give None, and optional values are not "
                 "supported yet", f"pass a default: d.{name}(key, default), or test 'key in d' first")
        return ERROR
    ok = check_key(ck, args[0], d)
    if len(args) == 2:
        ok = _value_arg(ck, args[1], value_t, d) and ok
    return value_t if ok else ERROR


def _set_method(ck: Checker, node: ast.Call, name: str, s: PyType) -> PyType:
    args = node.args
    if name in ("pop", "clear", "copy"):
        if not _arity(ck, node, f"set.{name}", 0, 0):
            return ERROR
        return {"pop": s.items[0], "clear": NONE, "copy": s}[name]
    if name not in SET_MANY and not _arity(ck, node, f"set.{name}", 1, 1):
        return ERROR
    if name in ("add", "remove", "discard"):
        return NONE if check_key(ck, args[0], s, "element") else ERROR
    if not all([_set_operand(ck, arg, s, f"set.{name}()") for arg in args]):
        return ERROR
    if name == "update":
        return NONE
    return BOOL if name in SET_TESTS else s


def _set_operand(ck: Checker, node: ast.expr, s: PyType, what: str) -> bool:
    """A set method's argument: a set of the same type, or any iterable of its elements
    (as CPython takes: a list, tuple, str, range, dict, view, zip(...), ...)."""
    from pyrite.frontend.listops import check_iterable  # circular: listops checks expressions

    if isinstance(node, (ast.Set, ast.SetComp)) or _is_empty_set_call(node):
        return _same_arg(ck, node, s, what)
    item = check_iterable(ck, node)
    want = s.items[0]
    if item == ERROR:
        return False
    if item != want and not (want.is_var_tuple and compatible(item, want)):
        ck.error(node, f"{what} needs an iterable of {want}, not of {item}", conversion_hint(node, item, want))
        return False
    return True


def _is_empty_set_call(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "set"
            and not node.args)


# ---- for x in d / s / d.keys() / d.values() / d.items() ------------------------------


def loop_item(t: PyType) -> PyType | None:
    """The type of the values a for loop over `t` gives, if `t` is a dict, set or view."""
    if t.is_dict or t.is_set or t.name in VIEWS.values():
        return t.items[0]
    return None


def is_view(t: PyType) -> bool:
    return t.name in VIEWS.values()


def view_misuse(t: PyType) -> tuple[str, str | None]:
    method = {v: k for k, v in VIEWS.items()}[t.name]
    return (f"d.{method}() is supported only as the iterable of a for loop",
            f"for x in d.{method}(): ..." if method != "items" else "for k, v in d.items(): ...")


def check_set_call(ck: Checker, node: ast.Call, expected: PyType | None) -> PyType:
    """`set()` (typed by the context) or `set(xs)` of a list, a set or a dict's keys."""
    if len(node.args) > 1 or node.keywords:
        ck.error(node, f"set expected at most 1 argument, got {len(node.args) + len(node.keywords)}")
        _arguments(ck, node)
        return ERROR
    ck.tables.calls[node] = CallInfo("builtin", "set", list(node.args))
    if not node.args:
        if expected is not None and expected.is_set:
            return expected
        if expected != ERROR:
            ck.error(node, "cannot infer the element type of an empty set",
                     "give it a type with an annotation, e.g. seen: set[int] = set()")
        return ERROR
    want = expected.items[0] if expected is not None and expected.is_set else None
    arg = node.args[0]
    from pyrite.frontend.iteration import consumed_item  # circular: iteration checks expressions
    from pyrite.frontend.typed import list_of

    item = consumed_item(ck, arg, list_of(want) if want is not None else None)
    if item == ERROR:
        return ERROR
    problem = hashable_problem(item, "set element")
    if problem is not None:
        ck.error(arg, *problem)
        return ERROR
    return set_of(item)


def check_dict_call(ck: Checker, node: ast.Call, expected: PyType | None) -> PyType:
    """`dict()` (typed by the context), `dict(d)` (a copy), or `dict(it)` of (key, value)
    pairs: dict(zip(ks, vs)), dict(enumerate(xs)), dict(pairs), dict(d.items())."""
    if len(node.args) > 1 or node.keywords:
        ck.error(node, "dict() with keyword arguments is not supported yet" if node.keywords
                 else f"dict expected at most 1 argument, got {len(node.args)}",
                 "write a dict literal: {'a': 1}" if node.keywords else None)
        _arguments(ck, node)
        return ERROR
    ck.tables.calls[node] = CallInfo("builtin", "dict", list(node.args))
    want = expected if expected is not None and expected.is_dict else None
    if not node.args:
        if want is None and expected != ERROR:
            ck.error(node, "cannot infer the key and value types of an empty dict",
                     "give it a type with an annotation, e.g. counts: dict[str, int] = dict()")
        return want or ERROR
    from pyrite.frontend.iteration import consumed_item  # circular: iteration checks expressions

    arg = node.args[0]
    item = consumed_item(ck, arg, want)
    if ck.tables.types.get(arg, ERROR).is_dict:
        return ck.tables.types[arg]  # dict(d): a copy
    if item == ERROR:
        return ERROR
    if not (item.is_tuple and not item.is_var_tuple and len(item.items) == 2):
        ck.error(arg, f"dict() needs (key, value) pairs, but the items of this iterable are {item}",
                 "dict(zip(keys, values)) pairs two iterables up")
        return ERROR
    problem = hashable_problem(item.items[0], "key")
    if problem is None and sequences.check_element(ck, arg, item.items[1]) == ERROR:
        return ERROR
    if problem is not None:
        ck.error(arg, *problem)
        return ERROR
    return dict_of(*item.items)
