"""The object runtime's layout, as the compiler needs to know it (runtime/c/pyrite.h).

KINDS mirrors `enum PyrKind`: the index of a kind is its code in a type descriptor.
"""

KINDS = ["int", "float", "bool", "None", "str", "list", "tuple", "dict", "set", "range"]

import re



PYR_IMMORTAL = 1 << 62  # the reference count static objects start with (pyrite.h)
STR_DATA_OFFSET = 36  # offsetof(PyrStr, data), on 32- and 64-bit targets alike


def parse_descriptor(text: str) -> tuple[str, list]:
    """'dict[str, list[int]]' -> ('dict', [('str', []), ('list', [('int', [])])]).

    'tuple[int, ...]' keeps its '...' as a last argument ('...', []): the
    descriptor then has nargs -1 (pyrite.h); 'tuple[]' is the empty tuple's."""
    tokens = re.findall(r"[A-Za-z_]+|\.\.\.|[\[\],]", text)
    pos = 0

    def parse() -> tuple[str, list]:
        nonlocal pos
        if pos >= len(tokens) or tokens[pos] not in KINDS:
            raise ValueError(f"bad type descriptor {text!r}")
        kind = tokens[pos]
        pos += 1
        args = []
        if pos < len(tokens) and tokens[pos] == "[":
            pos += 1
            if kind == "tuple" and tokens[pos] == "]":
                pos += 1
                return kind, args
            while True:
                if kind == "tuple" and len(args) == 1 and tokens[pos] == "...":
                    pos += 1
                    args.append(("...", []))
                    if tokens[pos] != "]":
                        raise ValueError(f"bad type descriptor {text!r}")
                    pos += 1
                    return kind, args
                args.append(parse())
                if tokens[pos] == ",":
                    pos += 1
                    continue
                if tokens[pos] != "]":
                    raise ValueError(f"bad type descriptor {text!r}")
                pos += 1
                break
        return kind, args

    try:
        result = parse()
    except IndexError:
        raise ValueError(f"bad type descriptor {text!r}") from None
    if pos != len(tokens):
        raise ValueError(f"bad type descriptor {text!r}")
    return result


def str_kind(text: str) -> int:
    """1 when every code point is ASCII (stored as bytes), else 4 (UCS-4)."""
    return 1 if text.isascii() else 4
