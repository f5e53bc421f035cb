"""Name resolution: what a `Name` refers to, and what its variable's type is.

Python's rule: in a function, a name assigned anywhere in the body is local
(unless declared `global`); any other name is a module-level variable, a
function, or a builtin. At module level every variable is a global.
"""

from __future__ import annotations

import ast
import difflib

from pyrite.frontend import closures  # circular: closures resolves captured names here
from pyrite.frontend import comprehensions  # circular: comprehensions check names here
from pyrite.frontend.context import Checker
from pyrite.frontend.library import (
    BUILTIN_FUNCTIONS, EXCEPTIONS, MATH_CONSTANTS, MATH_FUNCTIONS, MODULES, PYTHON_BUILTINS,
)
from pyrite.frontend.pytypes import ERROR, VERSION0
from pyrite.frontend.typed import FLOAT, STR, Capture, Constant, FuncRef, Global, Local, PyType, callable_of


def variable_kind(ck: Checker, name: str) -> str | None:
    """'local', 'global', or None when `name` is not a variable here."""
    scope = ck.scope
    if scope.function is None:
        return "global" if name in ck.module.global_names else None
    if name in scope.global_decls:
        return "global"
    if name in scope.local_names:
        return "local"
    if scope.outer is not None and closures.is_captured(scope, name):
        return "capture"
    return "global" if name in ck.module.global_names else None


def binding(name: str, kind: str) -> Local | Global:
    return Local(name) if kind == "local" else Global(name)


def _root(scope):
    while scope.outer is not None:
        scope = scope.outer
    return scope


def infers_here(ck: Checker, kind: str) -> bool:
    """Whether this pass infers the variable's type (else the module pass did).
    A lambda in module-level code reads globals as the module pass types them."""
    return kind == "local" or _root(ck.scope).function is None


def known_type(ck: Checker, name: str, kind: str) -> PyType | None:
    """The variable's type if a previous assignment settled it."""
    if kind == "local":
        table = ck.scope.types
    else:
        root = _root(ck.scope)
        table = root.types if root.function is None else ck.module.globals
    return table.get(name)


def load_name(ck: Checker, node: ast.Name) -> PyType:
    name = node.id
    if ck.scope.comprehension:
        t = comprehensions.lookup(ck, node)
        if t is not None:
            return t
    kind = variable_kind(ck, name)
    if kind == "capture":
        ck.tables.names[node] = Capture(name)
        return closures.capture_type(ck, node)
    if kind is not None:
        ck.tables.names[node] = binding(name, kind)
        return variable_type(ck, node, kind)
    if name in ck.module.math_imports and name in MATH_CONSTANTS:
        ck.tables.names[node] = Constant(MATH_CONSTANTS[name])
        return FLOAT
    if name in ck.module.functions:
        fn = ck.module.functions[name]
        ck.tables.names[node] = FuncRef(name)
        types = [t for _, t in fn.params] + [fn.ret]
        return ERROR if ERROR in types else callable_of(types[:-1], fn.ret)
    if name == "__name__":
        ck.tables.names[node] = Constant("__main__")
        return STR
    report_not_a_value(ck, node)
    return ERROR


def variable_type(ck: Checker, node: ast.Name, kind: str) -> PyType:
    """The type of a variable being read; a read before its first typed assignment
    is deferred (another pass will know the type) or, in the strict pass, an error."""
    name = node.id
    t = known_type(ck, name, kind)
    if t is not None and t.is_optional and name in ck.scope.narrowed:
        return ck.scope.narrowed[name]  # a test showed it is not None here (optionals.py)
    if t is not None:
        return t
    if not infers_here(ck, kind) or name in ck.scope.poisoned:
        return ERROR  # the failed assignment has its own diagnostic
    if not ck.scope.strict:
        ck.scope.deferred = True
        return ERROR
    ck.scope.poisoned.add(name)  # one error per variable
    report_untyped_read(ck, node)
    return ERROR


def report_untyped_read(ck: Checker, node: ast.Name) -> None:
    name, fn = node.id, ck.function_name
    if fn is not None and name in ck.module.global_names:
        ck.error(node, f"local variable '{name}' is read before it is assigned",
                 f"assigning '{name}' in '{fn}' makes it local there; add 'global {name}' "
                 f"at the top of '{fn}' to use the module-level variable")
        return
    if fn is not None and _enclosing_local(ck.scope.outer, name):
        fn = ck.scope.function.pyname or fn
        ck.error(node, f"local variable '{name}' is read before it is assigned",
                 f"assigning '{name}' in '{fn}' makes it local there, and 'nonlocal' is not supported yet: "
                 f"pass '{name}' in as an argument and return the new value")
        return
    ck.error(node, f"cannot infer the type of '{name}': it is read before any assignment gives it a value",
             f"assign it first, e.g. {name} = 0")


def _enclosing_local(scope, name: str) -> bool:
    """Whether an enclosing function body (not the module) has a variable `name`."""
    while scope is not None and scope.function is not None:
        if name in scope.local_names:
            return True
        scope = scope.outer
    return False


def report_not_a_value(ck: Checker, node: ast.Name) -> None:
    name = node.id
    if name in ck.module.functions or name in ck.module.math_imports:
        ck.error(node, f"function '{name}' cannot be used as a value", f"call it: {name}(...)")
    elif name in BUILTIN_FUNCTIONS:
        ck.error(node, f"builtin '{name}' cannot be used as a value", f"call it: {name}(...)")
    elif name in ck.module.imports:
        ck.error(node, f"module '{name}' cannot be used as a value", "use its functions, e.g. math.sqrt(x)")
    elif name in EXCEPTIONS:
        ck.error(node, f"'{name}' can only be used in a raise statement", f'raise {name}("message")')
    else:
        report_undefined(ck, node, name)


def report_undefined(ck: Checker, where: ast.AST, name: str) -> None:
    ck.error(where, f"name '{name}' is not defined", undefined_hint(ck, name))


def undefined_hint(ck: Checker, name: str) -> str | None:
    if name in MODULES:
        return f"add 'import {name}' at the top of the file"
    if name in MATH_FUNCTIONS or name in MATH_CONSTANTS:
        return f"add 'from math import {name}', or 'import math' and write math.{name}"
    close = difflib.get_close_matches(name, visible_names(ck), n=1, cutoff=0.7)
    if close:
        return f"did you mean '{close[0]}'?"
    if name in PYTHON_BUILTINS:
        return f"builtin '{name}' is not supported yet ({VERSION0})"
    return None


def visible_names(ck: Checker) -> list[str]:
    names = set(ck.scope.local_names) | ck.module.global_names | set(ck.module.functions)
    names |= ck.module.math_imports | BUILTIN_FUNCTIONS | ck.module.imports
    return sorted(names)
