"""No input makes check() raise anything but CompileError.

Random bytes, and valid or rejected programs mutated at random (characters
deleted, inserted, lines swapped or duplicated). Seeds are fixed, so a failure
reproduces; PYRITE_FUZZ_CASES=20000 runs a longer campaign.
"""

from __future__ import annotations

import ast
import os
import random
import re
import warnings
from pathlib import Path

import pytest

from pyrite.diagnostics import CompileError
from pyrite.frontend import check
from pyrite.frontend.typed import TypedModule
from test_frontend import untyped_expressions

CASES = int(os.environ.get("PYRITE_FUZZ_CASES", "600"))

VALID = '''
import math
import sys
from math import sqrt, pi

LIMIT = 10
total = 0.0


def fib(n: int) -> int:
    """Fibonacci, recursively."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def mean(a: float, b: float = 1.0) -> float:
    return (a + b) / 2


def run() -> None:
    global total
    for i in range(LIMIT):
        total += float(fib(i)) * pi
        if i % 3 == 0 and total > 1.5:
            continue
        elif not i:
            print("zero", sep="", end="\\n")
    q, r = divmod(17, 5)
    a, b = b2, a2 = 1, 2.0
    x = q if q > r else -r
    while True:
        x -= 1
        if x < 0:
            break
    assert x < 0, "negative"
    print(total, mean(2.0, b=3.0), sqrt(2), math.floor(2.5), 2 ** -1, True + True)
    if x > 100:
        raise ValueError("too big")
    if x < -100:
        sys.exit(1)


if __name__ == "__main__":
    run()
'''

INSERTS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "**", "-", "+", " not ", " and ", " or ",
           "\n", "    ", "\t", "if ", "else", "def ", "return ", "while ", "for ", " in ", "lambda",
           "global x", "1", "1.5", "0x", "9" * 25, "x", "True", "None", '"', "'''", "#", "\\", "@",
           "\0", "\udcff", "é", "\ufeff", ";", ".", "...", "*", "/", "//", ":=", "yield", "async "]


def corpus() -> list[str]:
    errors = sorted((Path(__file__).parent.parent / "errors").glob("*.py"))
    return [VALID] + [p.read_text() for p in errors]


TOKEN = re.compile(r"\w+|[^\w\s]+")


def swap_tokens(text: str, pool: list[str], rng: random.Random) -> str:
    """Replace a few words or operator runs with others from the corpus: the
    layout survives, so the result usually still parses and reaches the checker."""
    spans = [m.span() for m in TOKEN.finditer(text)]
    for _ in range(rng.randint(1, 3)):
        if not spans:
            break
        start, end = rng.choice(spans)
        replacement = rng.choice(pool)
        text = text[:start] + replacement + text[end:]
        spans = [m.span() for m in TOKEN.finditer(text)]
    return text


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(text) + 1)
        choice = rng.randrange(5)
        if choice == 0:
            text = text[:at] + text[at + rng.randint(1, 20):]
        elif choice == 1:
            text = text[:at] + rng.choice(INSERTS) + text[at:]
        elif choice == 2:
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif choice == 3:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
        else:
            text = text[:at]
    return text


def random_text(rng: random.Random) -> str:
    data = rng.randbytes(rng.randint(0, 400))
    codec = rng.choice(["latin-1", "utf-8"])
    return data.decode(codec, errors="surrogateescape")


def assert_robust(source: str) -> None:
    try:
        result = check(source, "fuzz.py")
    except CompileError as error:
        assert error.diagnostics
        for d in error.diagnostics:
            d.render(source)
    else:
        assert isinstance(result, TypedModule)
        assert untyped_expressions(result) == [], source


def test_the_valid_seed_program_is_accepted():
    assert untyped_expressions(check(VALID, "valid.py")) == []


@pytest.mark.parametrize("chunk", range(4))
def test_programs_with_swapped_tokens(chunk: int):
    rng = random.Random(2000 + chunk)
    sources = corpus()
    pool = sorted({m.group() for text in sources for m in TOKEN.finditer(text)})
    parsed = 0
    for _ in range(CASES // 4):
        source = swap_tokens(VALID if rng.random() < 0.5 else rng.choice(sources), pool, rng)
        assert_robust(source)
        parsed += _parses(source)
    assert parsed > CASES // 40  # the checker itself was exercised, not only the parser


def _parses(source: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    return True


@pytest.mark.parametrize("chunk", range(4))
def test_mutated_programs(chunk: int):
    rng = random.Random(1000 + chunk)
    sources = corpus()
    for _ in range(CASES // 4):
        assert_robust(mutate(rng.choice(sources), rng))


def test_random_bytes():
    rng = random.Random(7)
    for _ in range(CASES // 4):
        assert_robust(random_text(rng))
