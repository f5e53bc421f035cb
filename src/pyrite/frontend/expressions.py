"""Expression typing: every accepted expression node gets its type in `types`.

`check_expr` is the one entry point. `cond=True` marks an expression in
condition position (if/while/assert test, IfExp test, `not` operand, operand
of a BoolOp in condition position): only there may `and`/`or` mix operand
types (the result is then condition-only, see typed.py).
"""

from __future__ import annotations

import ast
import difflib
import math

from pyrite.frontend import calls, closures, comprehensions, listops, mappings, optionals, ranges, sequences, strings, tuples  # circular: they type-check their operands here
from pyrite.frontend.context import Checker
from pyrite.frontend.library import MATH_CONSTANTS, MATH_FUNCTIONS, MODULES
from pyrite.frontend.names import load_name, report_undefined, variable_kind
from pyrite.frontend.operators import binop_hint, binop_message, binop_type, compare_problem, symbol, unary_type
from pyrite.frontend.pytypes import ERROR, INT_MAX, SCALARS, VERSION0, article, compatible, conversion_hint, source_text
from pyrite.frontend.typed import BOOL, FLOAT, INT, NONE, RANGE, STR, Constant, PyType, list_of, set_of
from pyrite.frontend.unsupported import report_expression
from pyrite.frontend.values import expect_value, operand_hint

# Deeper expressions are rejected, so irgen's recursive lowering stays well
# inside Python's recursion limit.
MAX_DEPTH = 200


def check_expr(ck: Checker, node: ast.expr, cond: bool = False, expected: PyType | None = None) -> PyType:
    """The type of `node` (ERROR after reporting), recorded in the types table.
    `expected` is the type the context wants, if it knows one: it types `[]`."""
    scope = ck.scope
    if scope.expr_depth == 0:
        scope.too_deep_reported = False
    if scope.expr_depth >= MAX_DEPTH:
        if not scope.too_deep_reported:
            scope.too_deep_reported = True
            ck.error(node, "expression nested too deeply",
                     f"split it into smaller expressions (the limit is {MAX_DEPTH} levels)")
        return ERROR
    scope.expr_depth += 1
    try:
        t = _dispatch(ck, node, cond, expected)
    finally:
        scope.expr_depth -= 1
    return ck.record(node, t)


def check_cond(ck: Checker, node: ast.expr) -> PyType:
    """An expression tested for truth: a number, or a str or list (true when not empty)."""
    t = expect_value(ck, node, check_expr(ck, node, cond=True), "a condition")
    if t.is_optional:
        text = source_text(node)
        ck.error(node, f"the truth of {article(t)} is not supported",
                 f"test for None explicitly: `if {text} is not None:`")
        return ERROR
    return t


def _dispatch(ck: Checker, node: ast.expr, cond: bool, expected: PyType | None) -> PyType:
    match node:
        case ast.Constant():
            return check_constant(ck, node)
        case ast.Name():
            return load_name(ck, node)
        case ast.Attribute():
            return check_attribute(ck, node)
        case ast.UnaryOp():
            return check_unary(ck, node)
        case ast.BinOp():
            return check_binop(ck, node)
        case ast.BoolOp():
            return check_boolop(ck, node, cond)
        case ast.Compare():
            return check_compare(ck, node)
        case ast.IfExp():
            return check_ifexp(ck, node, expected)
        case ast.Call(func=ast.Name(id="set")):
            return mappings.check_set_call(ck, node, expected)
        case ast.Call(func=ast.Name(id="dict")):
            return mappings.check_dict_call(ck, node, expected)
        case ast.Call():
            return calls.check_call(ck, node)
        case ast.Dict():
            return mappings.check_dict(ck, node, expected)
        case ast.DictComp() | ast.SetComp():
            from pyrite.frontend.mapping_comprehensions import check_comprehension  # circular

            return check_comprehension(ck, node, expected)
        case ast.Set():
            return mappings.check_set(ck, node, expected)
        case ast.List():
            return sequences.check_list(ck, node, expected)
        case ast.Subscript():
            return sequences.check_subscript(ck, node)
        case ast.ListComp():
            return comprehensions.check_listcomp(ck, node, expected)
        case ast.JoinedStr():
            return strings.check_fstring(ck, node)
        case ast.Lambda():
            return closures.check_lambda(ck, node, expected)
        case ast.Tuple():
            return tuples.check_tuple(ck, node, expected)
    report_expression(ck, node)
    return ERROR


def check_constant(ck: Checker, node: ast.Constant) -> PyType:
    value = node.value
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        if value > INT_MAX:
            # never format the value: a huge hex literal would exceed int->str limits
            ck.error(node, "integer literal is too large: Pyrite ints are 64-bit",
                     f"the largest int is {INT_MAX}")
            return ERROR
        return INT
    if isinstance(value, float):
        return FLOAT
    if value is None:
        return NONE
    if isinstance(value, str):
        return STR
    if isinstance(value, complex):
        ck.error(node, "complex numbers are not supported")
    elif isinstance(value, bytes):
        ck.error(node, f"bytes are not supported yet ({VERSION0})")
    else:
        ck.error(node, "'...' is not supported here", "use 'pass' for an empty body")
    return ERROR


# ---- math.pi, sys.exit -------------------------------------------------------


def check_attribute(ck: Checker, node: ast.Attribute) -> PyType:
    if not is_module_ref(ck, node.value):
        t = check_expr(ck, node.value)
        if t == RANGE:
            return ranges.check_attribute(ck, node)
        _report_value_attribute(ck, node, t)
        return ERROR
    module = module_of(ck, node, called=False)
    if module == "math" and node.attr in MATH_CONSTANTS:
        ck.tables.names[node] = Constant(MATH_CONSTANTS[node.attr])
        return FLOAT
    if module is not None:
        report_module_attribute(ck, node, module, called=False)
    return ERROR


def is_module_ref(ck: Checker, value: ast.expr) -> bool:
    """`math` or `sys` in `math.x`: a module name the program does not rebind."""
    return isinstance(value, ast.Name) and value.id in MODULES and variable_kind(ck, value.id) is None


def _report_value_attribute(ck: Checker, node: ast.Attribute, t: PyType) -> None:
    """`xs.append` without a call, `s.size`: methods must be called; there are no other attributes
    (but a range's, ranges.py)."""
    if t == ERROR:
        return
    if node.attr in sequences.SUPPORTED_METHODS.get(t.name, mappings.SUPPORTED.get(t.name, ())):
        ck.error(node, f"the method '{node.attr}' must be called", f"{source_text(node)}(...)")
    else:
        ck.error(node, f"attribute access ('.{node.attr}') is not supported yet ({VERSION0})")


def module_of(ck: Checker, node: ast.Attribute, called: bool) -> str | None:
    """'math' or 'sys' for `math.x` / `sys.x` with the module imported; else report."""
    value = node.value
    if isinstance(value, ast.Name) and value.id in MODULES and variable_kind(ck, value.id) is None:
        if value.id in ck.module.imports:
            return value.id
        report_undefined(ck, value, value.id)
        return None
    what = f"method calls ('.{node.attr}()') are" if called else f"attribute access ('.{node.attr}') is"
    ck.error(node, f"{what} not supported yet ({VERSION0})")
    return None


def report_module_attribute(ck: Checker, node: ast.Attribute, module: str, called: bool) -> None:
    """`math.x` / `sys.x` that is not a supported value (or, if `called`, function)."""
    attr = node.attr
    if module == "sys":
        if attr == "exit" and not called:
            ck.error(node, "sys.exit is a function", "call it: sys.exit(...)")
        else:
            ck.error(node, f"sys.{attr} is not supported; only sys.exit() is")
    elif attr in MATH_FUNCTIONS and not called:
        ck.error(node, f"math.{attr} is a function", f"call it: math.{attr}(...)")
    elif attr in MATH_CONSTANTS and called:
        ck.error(node, f"math.{attr} is a constant, not a function")
    elif hasattr(math, attr):
        ck.error(node, f"math.{attr} is not supported yet")
    else:
        close = difflib.get_close_matches(attr, [*MATH_FUNCTIONS, *MATH_CONSTANTS], n=1, cutoff=0.7)
        ck.error(node, f"module 'math' has no attribute '{attr}'",
                 f"did you mean 'math.{close[0]}'?" if close else None)


# ---- operators ---------------------------------------------------------------


def check_unary(ck: Checker, node: ast.UnaryOp) -> PyType:
    if isinstance(node.op, ast.Not):
        return ERROR if check_cond(ck, node.operand) == ERROR else BOOL
    if _is_int_min(node):
        # -9223372036854775808: the literal alone is out of range, the negation is not
        ck.record(node.operand, INT)
        return INT
    t = check_expr(ck, node.operand)
    if t == ERROR:
        return ERROR
    result = unary_type(node.op, t)
    if result is None:
        hint = ("'~' needs an int operand; convert with int(x)" if t in SCALARS else
                None if t.is_tuple else operand_hint(node.operand, t))  # its hint is about comparing tuples
        ck.error(node, f"bad operand type for unary {symbol(node.op)}: '{t}'", hint)
        return ERROR
    return result


def _is_int_min(node: ast.UnaryOp) -> bool:
    operand = node.operand
    return (isinstance(node.op, ast.USub) and isinstance(operand, ast.Constant)
            and type(operand.value) is int and operand.value == INT_MAX + 1)


def check_binop(ck: Checker, node: ast.BinOp) -> PyType:
    lt = check_expr(ck, node.left)
    if lt == STR and isinstance(node.op, ast.Mod):
        return strings.check_percent(ck, node)
    rt = check_expr(ck, node.right, expected=lt if lt.is_list or lt.is_var_tuple else None)  # xs + [], u + (x,)
    if ERROR in (lt, rt):
        return ERROR
    result = binop_type(node.op, lt, rt, node.right, node.left)
    if result is None:
        hint = binop_hint(node, lt, rt) if lt.is_tuple or rt.is_tuple else (
            operand_hint(node.left, lt) or operand_hint(node.right, rt) or binop_hint(node, lt, rt))
        ck.error(node, binop_message(node.op, lt, rt), hint)
        return ERROR
    return result


def check_boolop(ck: Checker, node: ast.BoolOp, cond: bool) -> PyType:
    word = "and" if isinstance(node.op, ast.And) else "or"
    types = []
    for i, v in enumerate(node.values):  # `x is not None and x > 0`: x is narrowed after the `and`
        narrowing = optionals.narrowings(ck, ast.BoolOp(op=node.op, values=node.values[:i])) if i else ({}, {})
        with optionals.narrowed(ck, narrowing[0 if word == "and" else 1], node.values[i:]):
            types.append(expect_value(ck, v, check_expr(ck, v, cond=cond), f"an operand of '{word}'"))
    if ERROR in types:
        return ERROR
    if cond and any(v in ck.tables.condition_only for v in node.values):
        ck.tables.condition_only.add(node)
        return BOOL
    if len(set(types)) == 1:
        return types[0]  # Python returns one of the operands: same type either way
    if cond:
        ck.tables.condition_only.add(node)
        return BOOL
    joined = types[0]
    for t in types[1:]:
        joined = branch_type(joined, t) if joined is not None else None
    if joined is not None:
        return joined  # `t or (5,)`: fixed tuples beside a tuple[T, ...] of their item type
    ck.error(node, f"operands of '{word}' have different types ({', '.join(map(str, types))})",
             f"'{word}' returns one of its operands, so outside a condition they must have the same "
             f"type; convert them, or compare explicitly, e.g. (n != 0) {word} flag")
    return ERROR


def check_compare(ck: Checker, node: ast.Compare) -> PyType:
    operands = [node.left, *node.comparators]
    types = []
    for i, o in enumerate(operands):
        types.append(None if listops.is_empty_list(o) else check_expr(ck, o, expected=_display_type(node, i, types)))
    types = listops.type_empty_lists(ck, operands, types)  # xs == []: [] is xs's type
    ok = True
    for i, op in enumerate(node.ops):
        ok = _check_comparison(ck, node, op, (operands[i], types[i]), (operands[i + 1], types[i + 1])) and ok
    return BOOL if ok else ERROR


def _display_type(node: ast.Compare, i: int, types: list) -> PyType | None:
    """`t in {(1, 2), (3, 4)}` for a tuple[int, ...] t: the set or list display holds tuple[int, ...] items,
    as a display assigned to an annotated variable would, so that t can be in it."""
    if i == 0 or not isinstance(node.ops[i - 1], (ast.In, ast.NotIn)) or types[i - 1] is None:
        return None
    item, operand = types[i - 1], node.comparators[i - 1]
    if not item.is_var_tuple:
        return None
    if isinstance(operand, ast.Set):
        return set_of(item)
    if isinstance(operand, ast.List) and all(isinstance(e, ast.Tuple) for e in operand.elts):
        return list_of(item)  # (a list display does not make a fixed tuple variable's value a var tuple)
    return None


def _check_comparison(ck: Checker, node: ast.Compare, op: ast.cmpop,
                      left: tuple[ast.expr, PyType], right: tuple[ast.expr, PyType]) -> bool:
    (lnode, lt), (rnode, rt) = left, right
    if isinstance(op, (ast.In, ast.NotIn)) and rt == ERROR:
        return False
    if isinstance(op, (ast.In, ast.NotIn)) and mappings.is_mapping(rt):
        return mappings.check_membership(ck, node, lnode, lt, rt)
    if isinstance(op, (ast.In, ast.NotIn)) and rt.is_tuple:
        return ERROR not in (lt, rt) and tuples.check_contains(ck, node, lt, rt)
    if isinstance(op, (ast.In, ast.NotIn)) and rt.is_list:
        return listops.check_contains(ck, node, left, rt)
    if isinstance(op, (ast.In, ast.NotIn)) and rt == STR:
        return strings.check_contains(ck, node, lt, rt) if lt != ERROR else False
    if isinstance(op, (ast.In, ast.NotIn)) and rt == RANGE:
        return ranges.check_contains(ck, node, left)
    if isinstance(op, (ast.In, ast.NotIn)):
        ck.error(node, f"'{symbol(op)}' is not supported yet ({VERSION0})")
        return False
    if isinstance(op, (ast.Is, ast.IsNot)) and NONE in (lt, rt):
        return ERROR not in (lt, rt)  # x is None, x is not None (optionals.py narrows x)
    if isinstance(op, (ast.Is, ast.IsNot)):
        ck.error(node, f"'{symbol(op)}' is not supported", "use '==' or '!=' to compare numbers; "
                 "'is' and 'is not' only test for None")
        return False
    if ERROR in (lt, rt):
        return False
    problem = compare_problem(op, lt, rt)
    if problem is None:
        return True
    message, hint = problem
    ck.error(node, message, operand_hint(lnode, lt) or operand_hint(rnode, rt) or hint)
    return False


def check_ifexp(ck: Checker, node: ast.IfExp, expected: PyType | None = None) -> PyType:
    """`x if c else y`; `expected` (the type the context wants, if any) types both branches' literals."""
    when_true, when_false = optionals.narrowings(ck, node.test)
    check_cond(ck, node.test)
    with optionals.narrowed(ck, when_true, [node.body]):
        bt = expect_value(ck, node.body, check_expr(ck, node.body, expected=expected))
    with optionals.narrowed(ck, when_false, [node.orelse]):
        ot = expect_value(ck, node.orelse, check_expr(ck, node.orelse, expected=expected or (bt if bt != ERROR else None)))
    if ERROR in (bt, ot):
        return ERROR
    joined = branch_type(bt, ot)
    if joined is None:
        ck.error(node, f"the branches of a conditional expression have different types: {bt} and {ot}",
                 unify_hint((node.body, bt), (node.orelse, ot)))
        return ERROR
    return joined


def branch_type(a: PyType, b: PyType) -> PyType | None:
    """The type of `x if c else y` with branches of types a and b: their type, or a tuple[T, ...] that
    the other, a fixed tuple of T items, flows into (as in CPython, either branch may be the fixed one)."""
    if a == b:
        return a
    for fixed, var in ((a, b), (b, a)):
        if var.is_var_tuple and compatible(fixed, var):
            return var
    return None


def unify_hint(*values: tuple[ast.expr, PyType]) -> str | None:
    """How to give differently typed values one type: convert toward float, else int."""
    types = {t for _, t in values}
    target = FLOAT if FLOAT in types else INT
    for node, t in values:
        if t != target:
            return conversion_hint(node, t, target)
    return None
