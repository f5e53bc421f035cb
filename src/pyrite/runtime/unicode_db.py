"""Unicode tables for the C runtime, generated from the running CPython's `unicodedata`.

The runtime must classify and case-map characters exactly as the CPython that
serves as the oracle does (`repr`, `isalpha`, `upper`, `split`, `int(s)`, …).
Rather than commit tables that could drift from it, the C source is generated
from CPython itself when the runtime is built (runtime/cbuild.py): every
property is read off CPython's own `str` methods, so what the tables say is by
construction what CPython does. Walking all 1.1 million code points takes a few
seconds, so the generated text is cached on disk under a key made of the
Python version, the Unicode version and this file's own text.

The generated unicode_db.c defines (declared in c/str_internal.h):

    uint32_t pyr_unicode_flags(uint32_t cp)     PYR_U_* bits below
    int pyr_unicode_decimal(uint32_t cp)        0-9, or -1
    int pyr_unicode_map(int which, uint32_t cp, uint32_t out[3])   full case mapping
    int pyr_unicode_isprintable(uint32_t cp)
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import unicodedata
from pathlib import Path

MAX_CODEPOINT = sys.maxunicode

# Bit i of a code point's flags; c/str_internal.h has the same names and values
# (the generated file checks them with _Static_assert).
FLAGS = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LOWER", "UPPER", "TITLE",
         "CASED", "CASE_IGNORABLE", "PRINTABLE", "LINEBREAK", "XID_START", "XID_CONTINUE"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}

# Full case mappings, in the order of the `which` argument of pyr_unicode_map.
MAPPINGS = ["lower", "upper", "title", "casefold"]

_UNASSIGNED = frozenset({"Cn", "Co", "Cs"})  # no property but identity mappings


def _cased(c: str, category: str) -> bool:
    return c.islower() or c.isupper() or category == "Lt"


def _case_ignorable(c: str, cased: bool) -> bool:
    """Read off CPython's Final_Sigma rule in str.lower(): after 'AΣ', a
    case-ignorable character is skipped; anything else ends the context."""
    if cased:
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    return ("A\u03a3" + c + "b").lower()[1] == "\u03c3"


def flags_of(cp: int) -> int:
    """The PYR_U_* flags of one code point, as CPython's str methods see it."""
    c = chr(cp)
    category = unicodedata.category(c)
    if category in _UNASSIGNED:
        return 0
    cased = _cased(c, category)
    checks = {
        "ALPHA": c.isalpha(), "DECIMAL": c.isdecimal(), "DIGIT": c.isdigit(),
        "NUMERIC": c.isnumeric(), "SPACE": c.isspace(), "LOWER": c.islower(),
        "UPPER": c.isupper(), "TITLE": category == "Lt", "CASED": cased,
        "CASE_IGNORABLE": _case_ignorable(c, cased), "PRINTABLE": c.isprintable(),
        "LINEBREAK": c.isspace() and len(("a" + c + "b").splitlines()) == 2,
        "XID_START": c.isidentifier() and c != "_",
        "XID_CONTINUE": ("a" + c).isidentifier(),
    }
    return sum(BIT[name] for name, on in checks.items() if on)


def _runs(flags: list[int]) -> list[tuple[int, int]]:
    """(first code point, flags) wherever the flags change, from 128 up."""
    out = []
    for cp in range(128, len(flags)):
        if cp == 128 or flags[cp] != flags[cp - 1]:
            out.append((cp, flags[cp]))
    return out


def _decimal_zeros() -> list[int]:
    """The code point of each '0' of a run of ten decimal digits (beyond ASCII)."""
    zeros = set()
    for cp in range(128, MAX_CODEPOINT + 1):
        c = chr(cp)
        if c.isdecimal():
            zeros.add(cp - unicodedata.decimal(c))
    for zero in zeros:  # the lookup relies on runs of exactly 0..9
        assert all(unicodedata.decimal(chr(zero + d), -1) == d for d in range(10)), hex(zero)
    return sorted(zeros)


def _mapping(name: str) -> list[tuple[int, str]]:
    out = []
    for cp in range(128, MAX_CODEPOINT + 1):
        c = chr(cp)
        mapped = getattr(c, name)()
        if mapped != c:
            assert len(mapped) <= 3
            out.append((cp, mapped))
    return out


def _c_array(decl: str, rows: list[str], per_line: int = 6) -> str:
    lines = ["    " + ", ".join(rows[i:i + per_line]) for i in range(0, len(rows), per_line)]
    return f"{decl} = {{\n" + ",\n".join(lines) + "\n};\n"


_LOOKUP = r"""
static int64_t last_at_most(const uint32_t *keys, int64_t n, int64_t stride, uint32_t cp) {
    int64_t lo = 0, hi = n - 1; /* the last row whose key is <= cp, or -1 */
    while (lo <= hi) {
        int64_t mid = (lo + hi) / 2;
        if (keys[mid * stride] <= cp) lo = mid + 1;
        else hi = mid - 1;
    }
    return hi;
}

uint32_t pyr_unicode_flags(uint32_t cp) {
    if (cp < 128) return ASCII_FLAGS[cp];
    if (cp > 0x10FFFF) return 0;
    int64_t n = (int64_t)(sizeof RUNS / sizeof RUNS[0]);
    return RUNS[last_at_most(&RUNS[0][0], n, 2, cp)][1];
}

int pyr_unicode_isprintable(uint32_t cp) { return (pyr_unicode_flags(cp) & PYR_U_PRINTABLE) != 0; }

int pyr_unicode_decimal(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (!(pyr_unicode_flags(cp) & PYR_U_DECIMAL)) return -1;
    int64_t i = last_at_most(DECIMAL_ZEROS, (int64_t)(sizeof DECIMAL_ZEROS / sizeof DECIMAL_ZEROS[0]), 1, cp);
    return (int)(cp - DECIMAL_ZEROS[i]);
}

int pyr_unicode_map(int which, uint32_t cp, uint32_t out[3]) {
    static const uint32_t (*const tables[4])[4] = {CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_CASEFOLD};
    static const int64_t sizes[4] = {
        sizeof CASE_LOWER / sizeof CASE_LOWER[0], sizeof CASE_UPPER / sizeof CASE_UPPER[0],
        sizeof CASE_TITLE / sizeof CASE_TITLE[0], sizeof CASE_CASEFOLD / sizeof CASE_CASEFOLD[0]};
    out[0] = cp;
    if (cp < 128) {
        int up = which == 1 || which == 2;
        if (up && cp >= 'a' && cp <= 'z') out[0] = cp - 32;
        if (!up && cp >= 'A' && cp <= 'Z') out[0] = cp + 32;
        return 1;
    }
    const uint32_t (*table)[4] = tables[which];
    int64_t i = last_at_most(&table[0][0], sizes[which], 4, cp);
    if (i < 0 || table[i][0] != cp) return 1;
    int n = 1;
    out[0] = table[i][1];
    for (int k = 2; k < 4 && table[i][k]; k++) out[n++] = table[i][k];
    return n;
}
"""


def generate() -> str:
    """The generated unicode_db.c (deterministic for a given CPython)."""
    flags = [flags_of(cp) for cp in range(MAX_CODEPOINT + 1)]
    parts = [
        f"/* Generated by pyrite.runtime.unicode_db from CPython {sys.version.split()[0]}, "
        f"unicodedata {unicodedata.unidata_version}; do not edit. */\n",
        '#include "str_internal.h"\n\n',
        *(f'_Static_assert(PYR_U_{name} == {BIT[name]}, "flag {name}");\n' for name in FLAGS),
        "\n",
        _c_array("static const uint16_t ASCII_FLAGS[128]", [str(f) for f in flags[:128]], 16),
        _c_array("static const uint32_t RUNS[][2]", [f"{{0x{a:X}, {b}}}" for a, b in _runs(flags)]),
        _c_array("static const uint32_t DECIMAL_ZEROS[]", [f"0x{z:X}" for z in _decimal_zeros()]),
    ]
    for name in MAPPINGS:
        rows = [f"{{0x{cp:X}, " + ", ".join(f"0x{ord(ch):X}" for ch in (m + "\0\0")[:3]) + "}"
                for cp, m in _mapping(name)]
        parts.append(_c_array(f"static const uint32_t CASE_{name.upper()}[][4]", rows, 3))
    parts.append(_LOOKUP)
    return "".join(parts)


def c_source(cache: Path | None = None) -> str:
    """The generated C, read from `cache` (a directory) when an earlier run left it there."""
    if cache is None:
        return generate()
    key = hashlib.sha256(f"{sys.version}\0{unicodedata.unidata_version}\0".encode()
                         + Path(__file__).read_bytes()).hexdigest()[:20]
    path = cache / f"unicode_db-{key}.c"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    text = generate()
    try:  # atomically, for parallel compilers; an unwritable cache only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError:
        pass
    return text
