"""The frontend: name resolution, type checking and inference, diagnostics.

    from pyrite.frontend import check
    typed = check(source, filename)     # a TypedModule, or raises CompileError
"""

from pyrite.frontend.check import check

__all__ = ["check"]
