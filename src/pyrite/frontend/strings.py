"""Typing rules of str beyond + and comparison: methods, `in`, `*`, slicing,
f-strings, str.format and %-formatting.

Each method has a signature in METHODS: its parameters (a kind and a default)
and its result. A call is checked against it and recorded with its arguments in
parameter order, omitted ones filled with a literal default (a new
`ast.Constant` at the call's position) so irgen sees every argument:

    s.split()        CallInfo("method", "str.split", [s, None, -1])
    s.find("a", 2)   CallInfo("method", "str.find", [s, "a", 2, INT_MAX])

CPython treats an `end` of sys.maxsize exactly as an omitted one.

A format spec that is a literal is checked now against the value's type with
Python's own `format` ("Unknown format code 'd' for object of type 'str'"):
CPython would raise that ValueError on every run of the line.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pyrite.frontend import expressions as ex  # circular: expressions dispatch here
from pyrite.frontend.context import Checker
from pyrite.frontend.pytypes import ERROR, INT_MAX, SCALARS, conversion_hint, is_value
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, STR, CallInfo, PyType, list_of
from pyrite.frontend.values import misuse


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "str", "str?" (str or None), "int", "bool", "list[str]"
    default: object = ...  # ... means required


@dataclass(frozen=True)
class Method:
    params: tuple[Param, ...]
    result: PyType
    keywords: bool = False  # CPython accepts these parameters by keyword


def _search(result: PyType) -> Method:
    return Method((Param("sub", "str"), Param("start", "int", 0), Param("end", "int", INT_MAX)), result)


def _pad() -> Method:
    return Method((Param("width", "int"), Param("fillchar", "str", " ")), STR)


METHODS: dict[str, Method] = {
    "split": Method((Param("sep", "str?", None), Param("maxsplit", "int", -1)), list_of(STR), True),
    "rsplit": Method((Param("sep", "str?", None), Param("maxsplit", "int", -1)), list_of(STR), True),
    "splitlines": Method((Param("keepends", "bool", False),), list_of(STR), True),
    "join": Method((Param("iterable", "list[str]"),), STR),
    "strip": Method((Param("chars", "str?", None),), STR),
    "lstrip": Method((Param("chars", "str?", None),), STR),
    "rstrip": Method((Param("chars", "str?", None),), STR),
    "find": _search(INT), "rfind": _search(INT), "index": _search(INT), "rindex": _search(INT),
    "count": _search(INT), "startswith": _search(BOOL), "endswith": _search(BOOL),
    "replace": Method((Param("old", "str"), Param("new", "str"), Param("count", "int", -1)), STR),
    "removeprefix": Method((Param("prefix", "str"),), STR),
    "removesuffix": Method((Param("suffix", "str"),), STR),
    "zfill": Method((Param("width", "int"),), STR),
    "expandtabs": Method((Param("tabsize", "int", 8),), STR, True),
    "ljust": _pad(), "rjust": _pad(), "center": _pad(),
    **{name: Method((), STR) for name in ("upper", "lower", "casefold", "swapcase", "title", "capitalize")},
    **{name: Method((), BOOL) for name in (
        "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower", "isupper",
        "istitle", "isascii", "isprintable", "isidentifier")},
}
SUPPORTED = {*METHODS, "format"}
KIND_TEXT = {"str": "str", "str?": "str or None", "int": "int", "bool": "bool", "list[str]": "list[str]"}


# ---- s.method(...) -------------------------------------------------------------


def check_method(ck: Checker, node: ast.Call, func: ast.Attribute) -> PyType:
    """A call of a str method Pyrite provides (the receiver is already typed str)."""
    name = func.attr
    if name == "format":
        return _check_format(ck, node, func)
    method = METHODS[name]
    written = _bind(ck, node, name, method)
    if written is None:
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            ex.check_expr(ck, arg)
        return ERROR
    ok = True
    args = []
    for param, arg in zip(method.params, written):
        if arg is None:
            arg = ck_default(ck, node, param)
        else:
            ok = _check_param(ck, name, param, arg) and ok
        args.append(arg)
    ck.tables.calls[node] = CallInfo("method", f"str.{name}", [func.value, *args])
    return method.result if ok else ERROR


def _bind(ck: Checker, node: ast.Call, name: str, method: Method) -> list[ast.expr | None] | None:
    """The written argument of each parameter (None if omitted), or None after an error."""
    params = method.params
    required = sum(p.default is ... for p in params)
    given = len(node.args) + len(node.keywords)
    if len(node.args) > len(params) or given < required:
        ck.error(node, f"{name}() {_arity_text(required, len(params))} ({given} given)")
        return None
    slots: list[ast.expr | None] = [*node.args, *[None] * (len(params) - len(node.args))]
    names = [p.name for p in params]
    for keyword in node.keywords:
        if not method.keywords:
            ck.error(keyword, f"str.{name}() takes no keyword arguments")
            return None
        if keyword.arg not in names:
            ck.error(keyword, f"'{keyword.arg}' is an invalid keyword argument for {name}()")
            return None
        slots[names.index(keyword.arg)] = keyword.value
    missing = [p.name for p, s in zip(params, slots) if s is None and p.default is ...]
    if missing:
        ck.error(node, f"{name}() missing required argument '{missing[0]}'")
        return None
    return slots


def _arity_text(least: int, most: int) -> str:
    if most == 0:
        return "takes no arguments"
    if least == most:
        return f"takes exactly {most} argument{'s' if most > 1 else ''}"
    if least == 0:
        return f"takes at most {most} argument{'s' if most > 1 else ''}"
    return f"takes from {least} to {most} arguments"


def ck_default(ck: Checker, node: ast.Call, param: Param) -> ast.expr:
    """The literal a omitted parameter stands for, at the call's position."""
    literal = ast.copy_location(ast.Constant(param.default), node)
    kind = {"str?": NONE, "str": STR, "int": INT, "bool": BOOL}[param.kind]
    ck.record(literal, kind)
    return literal


def _check_strings(ck: Checker, name: str, arg: ast.expr) -> bool:
    """sep.join(it): it a list[str], or anything else a for loop takes whose items are str
    (`"".join(reversed(s))`; irgen makes a list of them first)."""
    from pyrite.frontend.iteration import consumed_item  # circular: iteration checks expressions

    item = consumed_item(ck, arg, list_of(STR))
    if item in (ERROR, STR):
        return item == STR
    hint = "join takes str items; build them with str(x) of each item" if item in SCALARS else None
    ck.error(arg, f"{name}() needs an iterable of str, not of {item}", hint)
    return False


def _check_param(ck: Checker, name: str, param: Param, arg: ast.expr) -> bool:
    want = {"str": STR, "str?": STR, "int": INT, "bool": BOOL, "list[str]": list_of(STR)}[param.kind]
    if param.kind == "list[str]":
        return _check_strings(ck, name, arg)
    t = ex.check_expr(ck, arg)
    if t == ERROR:
        return False
    if t == want or (param.kind == "str?" and t == NONE) or (param.kind in ("int", "bool") and t == BOOL):
        return True
    if param.kind == "int" and t == FLOAT:
        ck.error(arg, "'float' object cannot be interpreted as an integer", "convert with int(x)")
        return False
    if param.kind == "int" and t == STR:
        ck.error(arg, "'str' object cannot be interpreted as an integer", "convert with int(s)")
        return False
    ck.error(arg, f"{name}() argument '{param.name}' must be {KIND_TEXT[param.kind]}, not {t}",
             conversion_hint(arg, t, want))
    return False


def _check_format(ck: Checker, node: ast.Call, func: ast.Attribute) -> PyType:
    """fmt.format(a, b, ..., name=v, ...): positional and keyword arguments of any value type
    (irgen reads the keywords' names from the call itself)."""
    ok = True
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            ck.error(arg, "star arguments (*args, **kwargs) in calls are not supported yet")
            ok = False
            continue
        ok = _formattable(ck, arg, ex.check_expr(ck, arg)) and ok
    for keyword in node.keywords:
        t = ex.check_expr(ck, keyword.value)
        if keyword.arg is None:
            ck.error(keyword, "star arguments (*args, **kwargs) in calls are not supported yet")
            ok = False
            continue
        ok = _formattable(ck, keyword.value, t) and ok
    ck.tables.calls[node] = CallInfo("method", "str.format", [func.value, *node.args])
    return STR if ok else ERROR


def _formattable(ck: Checker, node: ast.expr, t: PyType) -> bool:
    if t == ERROR:
        return False
    if is_value(t):
        return True
    ck.error(node, *misuse(node, t, "a value to format"))
    return False


# ---- "b" in s, s * n, s[a:b:c], ord, chr ------------------------------------------


def check_contains(ck: Checker, node: ast.Compare, lt: PyType, rt: PyType) -> bool:
    """`x in s` / `x not in s` with s a str: x must be a str too."""
    if lt == STR and rt == STR:
        return True
    ck.error(node, f"'in <string>' requires string as left operand, not {lt}",
             conversion_hint(node.left, lt, STR) if lt in SCALARS else None)
    return False


def check_slice(ck: Checker, node: ast.Subscript) -> PyType:
    """s[a:b:c]: every present bound is an int (a bool counts as one)."""
    ok = True
    for part in (node.slice.lower, node.slice.upper, node.slice.step):
        if part is None:
            continue
        t = ex.check_expr(ck, part)
        if t not in (ERROR, INT, BOOL):
            ck.error(part, "slice indices must be integers or None or have an __index__ method",
                     "convert with int(x)" if t == FLOAT else None)
        ok = ok and t in (INT, BOOL)
    return STR if ok else ERROR


def rule_ord(ck: Checker, node: ast.Call, name: str) -> PyType:
    if len(node.args) != 1:
        ck.error(node, f"ord() takes exactly one argument ({len(node.args)} given)")
        return ERROR
    arg = node.args[0]
    t = ex.check_expr(ck, arg)
    if t not in (ERROR, STR):
        ck.error(arg, f"ord() expected string of length 1, but {t} found")
        return ERROR
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and len(arg.value) != 1:
        ck.error(arg, f"ord() expected a character, but string of length {len(arg.value)} found")
        return ERROR
    return INT if t == STR else ERROR


def rule_chr(ck: Checker, node: ast.Call, name: str) -> PyType:
    if len(node.args) != 1:
        ck.error(node, f"chr() takes exactly one argument ({len(node.args)} given)")
        return ERROR
    arg = node.args[0]
    t = ex.check_expr(ck, arg)
    if t not in (ERROR, INT, BOOL):
        ck.error(arg, f"'{t}' object cannot be interpreted as an integer",
                 "convert with int(x)" if t == FLOAT else None)
        return ERROR
    return STR if t != ERROR else ERROR


# ---- f-strings, fmt % values --------------------------------------------------------


SAMPLES = {"int": 1, "float": 1.0, "bool": True, "str": "a", "range": range(0)}


def check_fstring(ck: Checker, node: ast.JoinedStr) -> PyType:
    ok = True
    for part in node.values:
        if isinstance(part, ast.FormattedValue):
            ok = _check_field(ck, part) and ok
        else:
            ck.record(part, STR)
    return STR if ok else ERROR


def _check_field(ck: Checker, field: ast.FormattedValue) -> bool:
    t = ex.check_expr(ck, field.value)
    ok = _formattable(ck, field.value, t)
    spec = field.format_spec
    if spec is None:
        return ok
    spec_ok = check_fstring(ck, spec) != ERROR
    ck.record(spec, STR)
    if ok and spec_ok:
        shown = STR if field.conversion != -1 else t
        return _literal_spec_ok(ck, spec, shown)
    return False


def _literal_spec_ok(ck: Checker, spec: ast.JoinedStr, t: PyType) -> bool:
    """A spec without nested fields is checked now with Python's format()."""
    if any(isinstance(part, ast.FormattedValue) for part in spec.values):
        return True
    text = "".join(part.value for part in spec.values)
    sample = SAMPLES.get(t.name, [])
    try:
        format(sample, text)
    except (ValueError, TypeError) as error:
        ck.error(spec, str(error), _spec_hint(t, text))
        return False
    return True


def _spec_hint(t: PyType, text: str) -> str | None:
    if t == STR and text[-1:] in "dxXobcn%eEfFgG":
        return "convert the value first, e.g. f'{int(s):d}', or drop the type letter"
    if t == FLOAT and text[-1:] in "dxXobc":
        return "a float takes the codes e f g %; use int(x) for an integer code"
    return None


def check_percent(ck: Checker, node: ast.BinOp) -> PyType:
    """fmt % value and fmt % (a, b, ...) (the left operand is already typed str)."""
    right = node.right
    if isinstance(right, ast.Tuple):
        types = [ex.check_expr(ck, item) for item in right.elts]
        ok = all([_formattable(ck, item, t) for item, t in zip(right.elts, types)])
        if ok:
            ck.record(right, PyType("tuple", tuple(types)))
        return STR if ok else ERROR
    t = ex.check_expr(ck, right)
    return STR if _formattable(ck, right, t) else ERROR


def check_conversion_arg(ck: Checker, node: ast.Call, name: str) -> PyType:
    """int(s), int(s, base), float(s) of a computed str."""
    if name == "int" and len(node.args) == 2:
        base = ex.check_expr(ck, node.args[1])
        if base not in (ERROR, INT, BOOL):
            ck.error(node.args[1], f"'{base}' object cannot be interpreted as an integer")
            return ERROR
        if base == ERROR:
            return ERROR
    return INT if name == "int" else FLOAT

