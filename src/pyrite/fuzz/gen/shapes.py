"""The value types a program may use, written as their annotations, and their parts.

A type is its annotation text: "int", "str", "list[float]", "tuple[int, str]",
"tuple[int, ...]", "dict[str, int]", "set[int]", "int | None", "Callable[[int], int]". The
features a program drew decide which of them it uses (`value_types`).

    kind("dict[str, int]") == "dict"      elem("list[str]") == "str"
    kind("tuple[int, ...]") == "vtuple"   elem("tuple[int, ...]") == "int"
    dict_kv("dict[str, int]") == ("str", "int")
    tuple_parts("tuple[int, str]") == ["int", "str"]
    fn_sig("Callable[[int, int], int]") == (["int", "int"], "int")
"""

from __future__ import annotations

SCALARS = ("int", "float", "bool")
NEW_FEATURES = ("strings", "str_methods", "fstrings", "lists", "list_methods", "slices", "tuples", "dicts", "sets",
                "comprehensions", "lambdas", "optionals", "sorting", "ranges", "vartuples")

# Literal strings: ASCII, accents, casing that changes length (ß, İ, ﬁ), other scripts, escapes, quotes.
STR_POOL = ("", "a", "ab", "abc", "Hello", "hello world", "  pad  ", "x-y-z", "a,b,,c", "héllo", "straße", "ΣΑΣ",
            "日本", "tab\there", "l1\nl2", "12345", "-42", "3.5", "it's", 'say "hi"', "back\\slash", "İz", "ǅx",
            "ﬁn", "MiXeD", "   ", "Title Case", "snake_case", "007", "e\u0301", "😀!", "\x00z", "\u200b", "CAPS",
            "a b c", "1_000", "ab ab", "Ω", "a\u2003b\x1cc", "x\x85y\u2028z", "²½٣〇", "\x7f\xa0\xad", " +0_1 ")
STR_KEYS = ("a", "b", "c", "key", "x1", "", "é", "two words")  # dict keys of type str come from here
INT_KEYS = range(-2, 10)  # and of type int from here (or `e % 8`)
FLOAT_KEYS = (0.0, -0.0, 0.5, 1.0, 1.5, -2.5, 1e16)  # of type float (or `e % 4 * 0.5`): -0.0 is the key 0.0
KEYS = {"str": tuple(repr(k) for k in STR_KEYS), "int": tuple(str(k) for k in INT_KEYS),
        "float": tuple(repr(k) for k in FLOAT_KEYS), "bool": ("True", "False")}
PARTS = ("x=", " ", "|", "{{", "}}", "é", "->", ": ", "[", "]", "ab", "0")  # f-string text between fields


def kind(t: str) -> str:
    if t in ("int", "float", "bool", "str", "None", "range"):
        return t
    if t.endswith(" | None"):
        return "opt"
    if t.startswith("Callable["):
        return "fn"
    if t.startswith("tuple[") and t.endswith(", ...]"):
        return "vtuple"  # a variable-length tuple: read like a list, never changed
    return t.split("[", 1)[0]  # list, tuple, dict, set


def split_top(text: str) -> list[str]:
    """`a, b[c, d], e` -> ["a", "b[c, d]", "e"]."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def inside(t: str) -> str:
    return t[t.index("[") + 1:-1]


def elem(t: str) -> str:
    return inside(t).removesuffix(", ...")


def dict_kv(t: str) -> tuple[str, str]:
    k, v = split_top(inside(t))
    return k, v


def tuple_parts(t: str) -> list[str]:
    return split_top(inside(t))


def opt_inner(t: str) -> str:
    return t.removesuffix(" | None")


def fn_sig(t: str) -> tuple[list[str], str]:
    params, ret = split_top(inside(t))
    return (split_top(inside(params)) if params != "[]" else []), ret


def fn_type(params: list[str], ret: str) -> str:
    return f"Callable[[{', '.join(params)}], {ret}]"


def sized(t: str) -> bool:
    """A str, container or range: its Expr's lo/hi and its Var's lo/box are lengths."""
    return kind(t) in ("str", "list", "vtuple", "dict", "set", "range")


def printable(t: str) -> bool:
    """CPython prints it the same way in every process: no function values, no str in a set's hash order."""
    return kind(t) != "fn" and "set[str]" not in t


def uses_new(gen) -> bool:
    return bool(value_types(gen))


def value_types(gen) -> list[str]:
    """The non-scalar types the program's features allow (each may repeat, as a weight).

    A feature that works on a type brings the type along when the type's own
    feature was not drawn (`fstrings` alone still makes strs), so every drawn
    feature shows up in the program."""
    cached = getattr(gen, "_value_types", None)
    if cached is None:
        cached = gen._value_types = _value_types(gen.has)
    return cached


def _value_types(has) -> list[str]:
    strs = has("strings") or has("str_methods") or has("fstrings")
    lists = has("lists") or has("list_methods") or has("sorting") or (has("slices") or has("comprehensions")) and not strs
    types = []
    if strs:
        types += ["str", "str", "str"]
    if lists:
        types += ["list[int]", "list[int]", "list[float]", "list[bool]", "list[list[int]]"]
        types += ["list[str]", "list[str]"] if strs else []
    if has("tuples"):
        types += ["tuple[int, int]", "tuple[float, bool, int]"] + (["tuple[int, str]"] if strs else [])
        types.append("tuple[str, list[int]]" if strs else "tuple[int, list[int]]")
        if lists:
            types.append("list[tuple[int, str]]" if strs else "list[tuple[int, int]]")
    if has("vartuples"):
        types += ["tuple[int, ...]", "tuple[int, ...]", "tuple[float, ...]", "tuple[bool, ...]"]
        types += ["tuple[str, ...]"] if strs else []
    if has("dicts"):
        types += ["dict[int, int]", "dict[int, bool]", "dict[str, list[int]]" if strs else "dict[int, list[int]]",
                  "dict[float, int]", "dict[bool, str]" if strs else "dict[bool, float]"]
        if strs:
            types += ["dict[str, int]", "dict[str, int]", "dict[int, str]", "dict[str, float]"]
    if has("sets"):
        types += ["set[int]", "set[int]"] + (["set[str]"] if strs else []) + ["set[float]"]
    if has("ranges"):
        types += ["range", "range"]
    if has("optionals"):
        types += ["int | None", "float | None"] + (["str | None"] if strs else []) + (["list[int] | None"] if lists else [])
    if has("lambdas"):
        types += ["Callable[[int], int]", "Callable[[int, int], int]", "Callable[[float], float]", "Callable[[int], bool]"]
        if strs:
            types.append("Callable[[str], str]")
    return types
