"""Static objects and type descriptors in the program's LLVM module (ADR 0006).

    ml.objects.string("héllo")          # ptr to a static PyrStr, never freed
    ml.objects.descriptor("list[int]")  # ptr to a constant PyrType
    ml.objects.c_function("pyr_list_get")  # the C runtime's function, declared

The layouts are runtime/c/pyrite.h's: a str is {i64 rc, ptr type, i64 len,
i64 hash, i32 kind, data}, and LLVM lays the struct out as the C compiler does
for the same target (the i64 after a 32-bit pointer is padded to 8 on wasm32).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import llvmlite.ir as ir

from ..runtime.capi import c_functions
from .crt import param_extensions
from ..runtime.objects import KINDS, PYR_IMMORTAL, parse_descriptor, str_kind

if TYPE_CHECKING:
    from .lower import ModuleLowering

I8, I32, I64 = ir.IntType(8), ir.IntType(32), ir.IntType(64)
F64, I1 = ir.DoubleType(), ir.IntType(1)
PTR = ir.PointerType()
_C_TYPES = {"void": ir.VoidType(), "i1": I1, "i32": I32, "i64": I64, "f64": F64, "ptr": PTR}


class StaticObjects:
    def __init__(self, ml: "ModuleLowering"):
        self.ml = ml
        self._strings: dict[str, ir.GlobalVariable] = {}
        self._descriptors: dict[str, ir.GlobalVariable] = {}

    def c_function(self, name: str) -> ir.Function:
        existing = self.ml.llmod.globals.get(name)
        if existing is not None:
            return existing
        ret, params, _ = c_functions()[name]
        fnty = ir.FunctionType(_C_TYPES[ret], [_C_TYPES[p] for p in params])
        fn = ir.Function(self.ml.llmod, fnty, name)
        for arg, extension in zip(fn.args, param_extensions(self.ml.triple, name), strict=False):
            if extension:
                arg.add_attribute(extension)
        return fn

    def _external(self, name: str) -> ir.GlobalVariable:
        existing = self.ml.llmod.globals.get(name)
        if existing is not None:
            return existing
        gv = ir.GlobalVariable(self.ml.llmod, I8, name)  # defined by the C runtime
        gv.global_constant = True
        gv.type = PTR
        return gv

    def string(self, text: str) -> ir.GlobalVariable:
        """A static str object holding `text` (writable: containers count references to it)."""
        if text not in self._strings:
            kind = str_kind(text)
            if kind == 1:
                data = ir.Constant(ir.ArrayType(I8, len(text) + 1), bytearray(text.encode("ascii") + b"\0"))
            else:
                points = [ord(c) for c in text] + [0]
                data = ir.Constant(ir.ArrayType(I32, len(points)), points)
            fields = [ir.Constant(I64, PYR_IMMORTAL), self._external("pyr_str_type"), ir.Constant(I64, len(text)),
                      ir.Constant(I64, -1), ir.Constant(I32, kind), data]
            ty = ir.LiteralStructType([f.type for f in fields])
            gv = ir.GlobalVariable(self.ml.llmod, ty, f"strobj.{len(self._strings)}")
            gv.initializer = ir.Constant(ty, fields)
            gv.linkage = "private"
            gv.align = 8
            gv.type = PTR  # an opaque `ptr` like every other address
            self._strings[text] = gv
        return self._strings[text]

    def descriptor(self, text: str) -> ir.GlobalVariable:
        """The constant type descriptor {i32 kind, i32 nargs, [n x ptr] args} for `text`."""
        return self._descriptor(parse_descriptor(text))

    def _descriptor(self, parsed: tuple[str, list]) -> ir.GlobalVariable:
        key = _spell(parsed)
        if key not in self._descriptors:
            kind, args = parsed
            variadic = bool(args) and args[-1][0] == "..."  # tuple[T, ...]: nargs -1
            items = [self._descriptor(a) for a in (args[:1] if variadic else args)]
            nargs = -1 if variadic else len(items)
            fields = [ir.Constant(I32, KINDS.index(kind)), ir.Constant(I32, nargs),
                      ir.Constant(ir.ArrayType(PTR, len(items)), items)]
            ty = ir.LiteralStructType([f.type for f in fields])
            gv = ir.GlobalVariable(self.ml.llmod, ty, f"type.{key.replace('...', 'etc')}")
            gv.initializer = ir.Constant(ty, fields)
            gv.global_constant = True
            gv.linkage = "private"
            gv.align = 8
            gv.type = PTR
            self._descriptors[key] = gv
        return self._descriptors[key]


def _spell(parsed: tuple[str, list]) -> str:
    kind, args = parsed
    return kind if not args else f"{kind}[{','.join(_spell(a) for a in args)}]"
