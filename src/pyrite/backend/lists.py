"""Inline list access: `xs[i]`, `xs[i] = v`, `xs.append(v)` and a fresh list's items, for every element type.

`xs[i]` on a list of scalars is the hottest operation of array code (a sieve,
a matrix product); a call into the C runtime plus the pending-exception check
after it costs several times the access itself. For these elements there is
no reference to count, so the backend reads the list's fields directly, with
the layout of runtime/c/pyrite.h:

    typedef struct PyrList { PyrObject ob; int64_t len, cap; void *items; } PyrList;
    (PyrObject is { int64_t rc; const PyrType *type; })

    xs[i]:  len = xs->len; j = i < 0 ? i + len : i
            if ((uint64_t)j >= len) raise IndexError     (one unsigned compare covers j < 0)
            load xs->items[j]

An item is an 8-byte PyrValue (int64 bits, a double's bits), except in a
list[bool], whose items are one byte each, 0 or 1 (ADR 0013): a sieve's flags
then take an eighth of the memory. A bool item is therefore loaded and stored
as an i8; the element's LLVM type (i1) says which layout a list has.

Items that are objects (a str, a list, a T | None: null for None) are read and
written the same way, with the references counted around the access by the
runtime's own pyr_incref / pyr_decref (LLVM inlines them): `xs[i]` takes a new
reference to the item; `xs[i] = v` takes one to v, then drops the old item's
(last, as CPython's list_ass_item does: freeing it may run no user code here, but
the order is the runtime's). pyr_list_get would instead read the element's kind
through three dependent loads on every access, to learn what the compiler
already knows. The index message comes from the reference semantics
(messages.LIST_INDEX), as for every inline check.

Type-based alias tags tell LLVM that an item store never changes a list's
header (its len or items pointer): in `for k in range(...): xs[k] = False`
both loads then leave the loop, where before every store forced them again.
An item and a header are different memory, whoever wrote them last; code
with other tags (the C runtime's, from clang) is under another root, which
LLVM treats as possibly aliasing anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import llvmlite.ir as ir

from . import messages as msg
from .lower import F64, I1, I64, PTR

if TYPE_CHECKING:
    from .lower import FunctionLowering

I8 = ir.IntType(8)
I32 = ir.IntType(32)
LIST = ir.LiteralStructType([I64, PTR, I64, I64, PTR])  # rc, type, len, cap, items
LEN, CAP, ITEMS = 2, 3, 4


def is_scalar(ty: ir.Type) -> bool:
    return ty in (I64, F64, I1)


def is_inline(ty: ir.Type) -> bool:
    """Whether items of LLVM type `ty` are accessed inline: scalars, and objects (pointers)."""
    return is_scalar(ty) or ty == PTR


def _field(b: ir.IRBuilder, lst: ir.Value, index: int) -> ir.Value:
    return b.gep(lst, [ir.Constant(I32, 0), ir.Constant(I32, index)], inbounds=True, source_etype=LIST)


def _tags(module: ir.Module) -> dict[str, ir.NamedValue]:
    """The module's TBAA access tags: "header" (len, items pointer) and "item"."""
    tags = getattr(module, "_pyrite_list_tags", None)
    if tags is None:
        root = module.add_metadata([ir.MetaDataString(module, "pyrite list tbaa")])
        tags = {}
        for name in ("header", "item"):
            node = module.add_metadata([ir.MetaDataString(module, f"list {name}"), root, ir.Constant(I64, 0)])
            tags[name] = module.add_metadata([node, node, ir.Constant(I64, 0)])
        module._pyrite_list_tags = tags
    return tags


def _tagged(fl: "FunctionLowering", instr: ir.Instruction, tag: str) -> ir.Instruction:
    instr.set_metadata("tbaa", _tags(fl.builder.module)[tag])
    return instr


def length(fl: "FunctionLowering", lst: ir.Value) -> ir.Value:
    return _tagged(fl, fl.builder.load(_field(fl.builder, lst, LEN), typ=I64), "header")


def _slot(fl: "FunctionLowering", lst: ir.Value, index: ir.Value, exc, at: int | None, item_type: ir.Type) -> ir.Value:
    """The address of item `index` (negative counts from the end), items being of
    LLVM type `item_type`; raises `exc` if out of range.
    With `at` None the index is known to be in range (a fresh list being filled)."""
    b = fl.builder
    if at is not None:
        n = length(fl, lst)
        index = b.select(b.icmp_signed("<", index, ir.Constant(I64, 0)), b.add(index, n), index)
        fl.unwinder.raise_if(b.icmp_unsigned(">=", index, n), exc, at)
    items = _tagged(fl, b.load(_field(b, lst, ITEMS), typ=PTR), "header")
    return b.gep(items, [index], inbounds=True, source_etype=item_type)


def item_type(ty: ir.Type) -> ir.Type:
    """How an element of LLVM type `ty` is stored in a list: bool as a byte, else 8 bytes."""
    return I8 if ty == I1 else I64


def get(fl: "FunctionLowering", lst: ir.Value, index: ir.Value, ty: ir.Type, at: int) -> ir.Value:
    b = fl.builder
    stored = item_type(ty)
    bits = _tagged(fl, b.load(_slot(fl, lst, index, msg.LIST_INDEX, at, stored), typ=stored), "item")
    if ty == PTR:
        item = b.inttoptr(bits, PTR)
        b.call(fl.ml.objects.c_function("pyr_incref"), [item])  # the result is a new reference
        return item
    if ty == F64:
        return b.bitcast(bits, F64)
    if ty == I1:
        return b.trunc(bits, I1)  # the byte is 0 or 1
    return bits


def store(fl: "FunctionLowering", lst: ir.Value, index: ir.Value, value: ir.Value, checked: bool, at: int) -> None:
    """xs[i] = v (checked), or the i-th item of a fresh list (list_init: in range by construction)."""
    b = fl.builder
    stored = item_type(value.type)
    slot = _slot(fl, lst, index, msg.LIST_ASSIGN_INDEX, at if checked else None, stored)
    if value.type == PTR:
        _store_object(fl, slot, value, replaces=checked)
        return None
    if value.type == F64:
        value = b.bitcast(value, I64)
    elif value.type == I1:
        value = b.zext(value, stored)
    _tagged(fl, b.store(value, slot), "item")
    return None


def append(fl: "FunctionLowering", lst: ir.Value, value: ir.Value, grow: Callable[[], None], at: int) -> None:
    """xs.append(v): while the list has room, the item is stored and the length bumped
    here; `grow` emits the runtime's append (which grows the list, or raises
    MemoryError) for a full one. The inlined C append instead read the element's kind
    through the list's type to choose the item's layout, which the compiler knows."""
    b = fl.builder
    n = length(fl, lst)
    cap = _tagged(fl, b.load(_field(b, lst, CAP), typ=I64), "header")
    room, full = fl.llfn.append_basic_block("append.room"), fl.llfn.append_basic_block("append.grow")
    done = fl.llfn.append_basic_block("append.done")
    b.cbranch(b.icmp_signed("<", n, cap), room, full).set_metadata("prof", fl.ml.unlikely_else)
    b.position_at_end(room)
    store(fl, lst, n, value, checked=False, at=at)
    _tagged(fl, b.store(b.add(n, ir.Constant(I64, 1)), _field(b, lst, LEN)), "header")
    b.branch(done)
    b.position_at_end(full)
    grow()
    b.branch(done)
    b.position_at_end(done)


def _store_object(fl: "FunctionLowering", slot: ir.Value, value: ir.Value, replaces: bool) -> None:
    """The list takes a reference to `value`; with `replaces`, it drops the old item's after
    the store (a fresh list's slot holds nothing yet)."""
    b, objects = fl.builder, fl.ml.objects
    old = _tagged(fl, b.load(slot, typ=I64), "item") if replaces else None
    b.call(objects.c_function("pyr_incref"), [value])
    _tagged(fl, b.store(b.ptrtoint(value, I64), slot), "item")
    if old is not None:
        b.call(objects.c_function("pyr_decref"), [b.inttoptr(old, PTR)])
