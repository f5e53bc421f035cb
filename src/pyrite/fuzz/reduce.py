"""`pyrite reduce`: shrink a failing program to a small one that fails the same way.

    pyrite reduce seed-55.py --mismatch                 # writes seed-55.reduced.py
    pyrite reduce crash.py --crash -o small.py
    pyrite reduce prog.py --interesting './still-bad.sh'
    pyrite reduce seed-55.py --mismatch --save-regress constfold_mod_negative

Three passes, each keeping a change only if the interestingness test
(interesting.py) still says yes:

1. remove_chunks: delete runs of top-level statements (whole functions,
   loops, prints), halving the run length down to one, as C-Reduce's line
   passes do. Cheap per candidate, and it makes the next pass fast:
   pysource-minimize copies the whole tree for every candidate, which on a
   300-line program costs more than the check itself.
2. pysource-minimize (PyPI), an AST-aware reducer: removes statements at any
   depth, replaces expressions by their parts, simplifies constants, renames.
   Its candidates are valid Python by construction. New float values are
   refused without a check (see known_constants_only).
3. remove_lines: drop single lines the AST pass kept.

Results of the test are cached by program text: the AST pass proposes the
same candidate more than once.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import Callable

from .crash import CrashTest
from .interesting import CommandTest, NotInteresting, cpython_rejects
from .mismatch import MismatchTest
from .oracle import run_cpython

Test = Callable[[str], bool]
REJECTED_MARKER = "# pyrite: rejected"  # read by tests/test_regress.py


class CountingTest:
    """The interestingness test with a cache, a counter and a progress line."""

    def __init__(self, test: Test, progress: bool):
        self.test, self.progress = test, progress and sys.stderr.isatty()
        self.cache: dict[str, bool] = {}
        self.checks, self.best = 0, None

    def __call__(self, text: str) -> bool:
        if text not in self.cache:
            self.checks += 1
            self.cache[text] = self.test(text)
            if self.cache[text] and (self.best is None or len(text) < len(self.best)):
                self.best = text
            if self.progress:
                lines = count_lines(self.best) if self.best is not None else 0
                print(f"\r{self.checks} checks, smallest so far {lines} lines   ", end="", file=sys.stderr, flush=True)
        return self.cache[text]


def count_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def reduce_text(text: str, test: Test) -> str:
    """The smallest program the three passes find that `test` accepts (`text` itself must pass)."""
    from pysource_minimize import CouldNotMinimize, minimize

    reduced = remove_chunks(text, test)
    try:
        reduced = minimize(reduced, known_constants_only(reduced, test))
    except CouldNotMinimize:  # the test cares about the text itself (comments, layout), not only the tree
        pass
    reduced = remove_lines(reduced, test)
    return reduced if reduced.endswith("\n") or not reduced else reduced + "\n"


SMALL_INT = 1024  # new int literals up to this size are worth a check; bigger ones are not


def known_constants_only(text: str, test: Test) -> Test:
    """`test`, but a candidate with a new float literal, or a new int literal beyond SMALL_INT, is refused unchecked.

    pysource-minimize shrinks a constant by bisection towards 0, and each step
    that still fails is a check: a float walks through the subnormals (up to
    ~1,075 checks for one constant), a 57-bit int takes dozens per round, for
    a program that is no shorter. Refusing such values costs a parse instead.
    """
    known = _constants(text) | {0.0, 1.0}
    return lambda candidate: all(c in known or _small_int(c) for c in _constants(candidate)) and test(candidate)


def _small_int(value: int | float) -> bool:
    return type(value) is int and abs(value) <= SMALL_INT


def _constants(text: str) -> set:
    import ast

    return {node.value for node in ast.walk(ast.parse(text))
            if isinstance(node, ast.Constant) and type(node.value) in (int, float)}  # not bool


def top_level_units(text: str) -> list[str]:
    """The text cut before each top-level statement (comments and blank lines go with the one above)."""
    import ast

    lines = text.splitlines(keepends=True)
    body = ast.parse(text).body
    starts = sorted({0} | {min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]) - 1
                           for node in body})
    return ["".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]


def remove_chunks(text: str, test: Test) -> str:
    """Delete runs of top-level statements, from the end, with run lengths n/2, n/4, ..., 1."""
    units = top_level_units(text)
    chunk = len(units) // 2
    while chunk >= 1:
        end = len(units)
        while end > 0:
            start = max(0, end - chunk)
            candidate = units[:start] + units[end:]
            joined = "".join(candidate)
            if _parses(joined) and test(joined):
                units = candidate
            end = start
        chunk //= 2
    return "".join(units)


def remove_lines(text: str, test: Test) -> str:
    """Drop single lines, last first, while the test still says yes (and the text still parses)."""
    lines = text.splitlines(keepends=True)
    i = len(lines) - 1
    while i >= 0:
        candidate = lines[:i] + lines[i + 1:]
        joined = "".join(candidate)
        if _parses(joined) and test(joined):
            lines = candidate
        i -= 1
    return "".join(lines)


def _parses(text: str) -> bool:
    try:
        compile(text, "<candidate>", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite reduce", description="shrink a failing program, keeping its failure")
    parser.add_argument("file")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--mismatch", action="store_true", help="Pyrite's output differs from CPython's in the same way")
    what.add_argument("--crash", action="store_true", help="Pyrite crashes (exit 3, a traceback) at the same place")
    what.add_argument("--interesting", metavar="CMD",
                      help="a shell command; exit 0 = interesting. It runs in a fresh directory holding the candidate "
                           "under the input's file name, with the candidate's path appended as its last argument")
    parser.add_argument("-o", "--output", help="where to write the result (default: FILE.reduced.py)")
    parser.add_argument("--timeout", type=float, help="seconds per check (default: from the original's run time)")
    parser.add_argument("--save-regress", metavar="NAME", help="also write tests/regress/NAME.py with a header")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        print(f"pyrite reduce: cannot read {args.file}: {err}", file=sys.stderr)
        return 2
    if not _parses(text):
        print(f"pyrite reduce: {args.file} is not valid Python syntax", file=sys.stderr)
        return 2
    if args.save_regress and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", args.save_regress):
        print("pyrite reduce: --save-regress NAME must be a plain identifier (letters, digits, _)", file=sys.stderr)
        return 2
    try:
        test, what = _make_test(args, text)
    except NotInteresting as err:
        print(f"pyrite reduce: {args.file} is not interesting: {err}", file=sys.stderr)
        return 1
    start = time.monotonic()
    counting = CountingTest(test, progress=not args.quiet)
    try:
        reduced = reduce_text(text, counting)
    except KeyboardInterrupt:
        reduced = counting.best or text
        print("\ninterrupted: writing the smallest program found so far", file=sys.stderr)
    finally:
        test.close()
    elapsed = time.monotonic() - start
    if counting.progress:
        print(file=sys.stderr)
    output = args.output or os.path.splitext(args.file)[0] + ".reduced.py"
    Path(output).write_text(reduced, encoding="utf-8")
    before, after = count_lines(text), count_lines(reduced)
    print(f"reduced {before} lines -> {after} lines (ratio {before / max(after, 1):.1f}x) "
          f"in {elapsed:.1f} s, {counting.checks} checks: {output}")
    if args.save_regress:
        print(f"saved {save_regress(args.save_regress, reduced, what, args.file, rejected=args.crash)}")
    return 0


def _make_test(args, text: str):
    """(interestingness test, what it shows as a line for the regress header)."""
    if args.mismatch:
        test = MismatchTest.of(text, args.file, args.timeout)
        print(f"signature: {test.signature} ({test.detail})", file=sys.stderr)
        return test, f"mismatch {test.signature}: {test.detail}"
    if args.crash:
        test = CrashTest.of(text, args.file, args.timeout)
        print(f"signature: {test.signature}", file=sys.stderr)
        return test, str(test.signature)
    test = CommandTest(args.interesting, args.file, args.timeout or 60.0)
    why = test.reason(text)
    if why:
        raise NotInteresting(f"the original is not interesting to {args.interesting!r}: {why}")
    return test, f"interesting to {args.interesting!r}"


def regress_dir() -> Path:
    """tests/regress of the checkout Pyrite runs from, else of the current directory or a parent."""
    here = Path(__file__).resolve().parents[3] / "tests" / "regress"
    if here.is_dir():
        return here
    for parent in [Path.cwd(), *Path.cwd().parents]:
        if (parent / "tests" / "regress").is_dir():
            return parent / "tests" / "regress"
    raise FileNotFoundError("no tests/regress directory here or in a parent directory")


def save_regress(name: str, reduced: str, what: str, source: str, rejected: bool = False) -> Path:
    """Write tests/regress/NAME.py: a header saying what it showed, then the program.

    With `rejected` (a reduced crash), a program CPython itself stops with an
    error no valid program raises gets the `# pyrite: rejected` marker: once
    the crash is fixed, Pyrite should reject it with a diagnostic.
    """
    seed = re.search(r"seed-(\d+)", os.path.basename(source))
    header = [f"# Reduced by `pyrite reduce` from {os.path.basename(source)}"
              + (f" (fuzz seed {seed.group(1)})" if seed else ""),
              f"# It showed: {what}"[:300]]
    if rejected:
        why = cpython_rejects(run_cpython(reduced, f"{name}.py"), "", big_ints=True)
        if why:
            header.append(f"{REJECTED_MARKER}  ({why})")
    path = regress_dir() / f"{name}.py"
    path.write_text("\n".join(header) + "\n" + reduced, encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
