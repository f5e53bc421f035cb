"""The C runtime's small functions, for LLVM to inline into programs (ADR 0010).

    data = make_inline(runtime)    # bytes; crt_lib.py makes and caches it per target

Programs link against the C runtime compiled once per target (crt_lib.py).
So that LLVM can still inline the runtime's
small helpers into a program, an optimising compile links in this module, made
from the runtime's bitcode:

- a function small enough to inline keeps its body, as `available_externally`:
  LLVM may inline it and never emits it (a call it keeps goes to the archive's
  copy). Small means at most INLINE_LIMIT instructions, the same for every
  internal function it calls, and no internal variable touched: an inlined copy
  of one would be a second variable (the static '' string, for instance);
- every other function becomes a declaration, so LLVM neither optimises nor
  generates it again;
- the external globals become `available_externally`: constants can still be
  folded, and the one variable is the archive's;
- the functions lose the target attributes the C compiler gave them (CPU,
  features, tuning, frame pointer): LLVM never inlines a function whose target
  attributes are not a subset of its caller's, and a program's functions have
  none (their target machine's generic CPU), so no runtime function was ever
  inlined into a built executable. An inlined copy takes its caller's.

Function bodies cannot be removed through llvmlite's API, so the module is
rewritten as text (LLVM's own printer output, whose shape is regular) and
parsed back; a rewrite LLVM rejects is an error, never a silent fallback.
"""

from __future__ import annotations

import re

import llvmlite.binding as llvm

INLINE_LIMIT = 60  # instructions

_DEFINE = re.compile(r"^define [^\n]*\{\n.*?^\}\n", re.M | re.S)
_FUNC_NAME = re.compile(r'@([-\w.$]+|"[^"]*")\(')
_REF = re.compile(r'@([-\w.$]+|"[^"]*")')
_GLOBAL = re.compile(r'^@([-\w.$]+|"[^"]*") = ([^\n]*?)\b(global|constant) ', re.M)
_LOCAL = ("internal", "private")


class InlineModuleError(Exception):
    """The inline module could not be made (LLVM rejected the rewritten runtime)."""


def make_inline(full: llvm.ModuleRef) -> bytes:
    """The inline module (bitcode) made from the whole runtime `full`."""
    text = str(full)
    functions = {_FUNC_NAME.search(m.group(0).split("\n", 1)[0]).group(1): m for m in _DEFINE.finditer(text)}
    inlinable = _inlinable(functions, _unshareable(text))
    pieces, last = [], 0
    for name, match in sorted(functions.items(), key=lambda item: item[1].start()):
        pieces.append(text[last:match.start()])
        header = match.group(0).split("\n", 1)[0]
        if _is_local(header) or name in inlinable:
            pieces.append(match.group(0))
        else:
            pieces.append(_declaration(header) + "\n")
        last = match.end()
    pieces.append(text[last:])
    try:
        ref = llvm.parse_assembly(_without_target_attributes("".join(pieces)))
        ref.verify()
    except RuntimeError as err:
        raise InlineModuleError(f"LLVM rejected the runtime's inline module: {err}") from None
    _drop_unused(ref)  # first: unused available_externally bodies would go too
    _available_externally(ref)
    return ref.as_bitcode()


_TARGET_ATTRIBUTE = re.compile(r' "(target-cpu|target-features|tune-cpu|frame-pointer)"="[^"]*"')


def _without_target_attributes(text: str) -> str:
    """The module text with no target attributes in its attribute groups (see the module doc)."""
    return re.sub(r"^attributes #\d+ = \{.*\}$", lambda m: _TARGET_ATTRIBUTE.sub("", m.group(0)), text, flags=re.M)


def _unshareable(text: str) -> set[str]:
    """The internal globals an inlined copy must not take along: variables (a copy would be
    a second variable) and tables (a copy would double them in the executable)."""
    names = set()
    for m in _GLOBAL.finditer(text):
        if any(w in m.group(2).split() for w in _LOCAL):
            line = text[m.start():text.find("\n", m.start())]
            if m.group(3) == "global" or len(line) > SHARED_CONSTANT_LIMIT:
                names.add(m.group(1))
    return names


SHARED_CONSTANT_LIMIT = 512  # characters of LLVM text: a short string or a small table


def _inlinable(functions: dict[str, re.Match], local_vars: set[str]) -> set[str]:
    """The external functions whose bodies an inlined copy may use (see the module doc)."""
    verdict: dict[str, bool] = {}

    def ok(name: str) -> bool:
        if name not in verdict:
            verdict[name] = False  # a cycle is not inlinable
            body = functions[name].group(0).split("\n", 1)[1]
            size = sum(1 for line in body.splitlines() if line.startswith("  ") and not line.startswith("  ;"))
            refs = set(_REF.findall(body))
            # sorted: with a cycle, the verdict must not depend on the set's (hash-seeded) order
            local_calls = sorted(r for r in refs if r in functions and _is_local(functions[r].group(0)))
            verdict[name] = size <= INLINE_LIMIT and not refs & local_vars and all(ok(r) for r in local_calls)
        return verdict[name]

    return {name for name, m in functions.items() if not _is_local(m.group(0)) and ok(name)}


def _is_local(define: str) -> bool:
    return define.split(None, 2)[1] in _LOCAL


def _declaration(header: str) -> str:
    """`define ... @f(...) ... {` as a declaration."""
    decl = header.rstrip().removesuffix("{").rstrip()
    decl = re.sub(r" ![-\w.]+ ![0-9]+", "", decl)  # metadata attachments (!dbg)
    decl = re.sub(r" comdat(\([^)]*\))?", "", decl)
    return "declare" + decl.removeprefix("define")


def _drop_unused(ref: llvm.ModuleRef) -> None:
    """Delete the internal functions and data only the removed bodies used."""
    from . import target

    pm = llvm.create_new_module_pass_manager()
    pm.add_global_dead_code_eliminate_pass()
    pm.run(ref, llvm.create_pass_builder(target.target_machine(), llvm.create_pipeline_tuning_options(0)))


def _available_externally(ref: llvm.ModuleRef) -> None:
    external = llvm.Linkage.external
    for fn in ref.functions:
        if not fn.is_declaration and fn.linkage == external:
            fn.linkage = llvm.Linkage.available_externally
    for gv in ref.global_variables:
        if not gv.is_declaration and gv.linkage == external:
            gv.linkage = llvm.Linkage.available_externally
