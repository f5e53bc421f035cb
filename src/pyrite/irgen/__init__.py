"""irgen: the typed AST (from the frontend) -> Pyrite IR, Python's semantics made explicit.

    from pyrite.irgen import lower_module
    module = lower_module(check(source, filename))

One IR function per `def` (`@name`), plus `@__module__` for the top level.
Layout: module.py (globals, functions, entry) · stmt.py · loops.py · expr.py ·
operators.py · names.py · calls.py / callargs.py / builtins.py / mathfns.py ·
convert.py · context.py (per-function state).
"""

from .context import IrgenError
from .module import lower_module

__all__ = ["lower_module", "IrgenError"]
