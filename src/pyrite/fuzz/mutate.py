"""Inputs for the frontend robustness mode: mutated programs, random bytes, grammar-made source.

    data = make_input(seed, corpus)      # (kind, bytes), the same for the same seed and corpus

The corpus is every file of tests/run and tests/errors (when running from a
source checkout) plus generated fuzz programs. A mutant applies one to four
edits: token swaps (layout survives, so the result often still parses and
reaches the type checker and irgen), character and line edits, splices from
other files. Grammar-made source comes from hypothesmith (see grammar_inputs).
"""

from __future__ import annotations

import ast
import copy
import random
import re
import warnings
from pathlib import Path

from .gen import generate

TOKEN = re.compile(r"\w+|[^\w\s]+")

# Tokens worth swapping in: the language's own, the subset's edges, and Python it rejects.
INSERTS = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "!=", "<", "<=", "**", "-", "+", "*", "/", "//", "%",
    "&", "|", "^", "~", "<<", ">>", " not ", " and ", " or ", " is ", " in ", "\n", "    ", "\t", "if ", "elif ",
    "else:", "def ", "return ", "while ", "for ", "break", "continue", "pass", "lambda x: x", "global g",
    "nonlocal g", "assert ", "raise ", "del x", "import os", "from math import *", "try:", "except:", "with ",
    "class C:", "yield", "await ", "async ", ":=", "@", "...", ";", ".", "->", "int", "float", "bool", "str",
    "None", "list[int]", "tuple[int, float]", "dict[str, int]", "int | None", "True", "False", "0", "1", "-1",
    "1.5", "1e308", "1e309", "0x7fffffffffffffff", "9223372036854775807", "9223372036854775808", "2 ** 63",
    "10 ** 100", "'s'", '"""doc"""', "b'x'", "f'{x}'", "x", "math.", "math.pi", "sys.exit(1)", "print(", "range(",
    "divmod(", "round(", "abs(", "min(", "max(", "pow(", "float('inf')", "int(", "__name__", "\0", "\udcff",
    "é", "\ufeff", "#", "\\",
]


CORPORA = ("all", "generated")
GENERATED_CORPUS = 400  # programs in the "generated" corpus


def load_corpus(which: str = "all", extra_programs: int = 40) -> list[str]:
    """The texts mutants start from.

    "all": tests/run, tests/errors and tests/regress (if this is a source
    checkout) plus `extra_programs` generated programs. "generated": only
    generated programs, so that every input is made by the fuzzer, none from a
    hand-written program (what the coverage of generated programs counts)."""
    if which == "generated":
        return [generate(seed) for seed in range(GENERATED_CORPUS)]
    texts = [generate(seed) for seed in range(extra_programs)]
    tests = Path(__file__).resolve().parents[3] / "tests"
    for folder in ("run", "errors", "regress"):
        for path in sorted((tests / folder).glob("*.py")):
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return texts


def make_input(seed: int, corpus: list[str]) -> tuple[str, bytes]:
    """One input: ("mutant", …) most of the time, else ("bytes", …) or ("splice", …)."""
    rng = random.Random(seed)
    roll = rng.random()
    if roll < 0.08:
        return "bytes", random_bytes(rng)
    if roll < 0.16:
        return "splice", splice(rng, rng.choice(corpus), corpus).encode("utf-8", "surrogatepass")
    text = rng.choice(corpus)
    if roll < 0.55:
        mutated = ast_mutant(rng, text, corpus)
        if mutated is not None:
            return "ast-mutant", mutated.encode("utf-8", "surrogatepass")
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(MUTATIONS)(rng, text, corpus)
    return "mutant", text.encode("utf-8", "surrogatepass")


def random_bytes(rng: random.Random) -> bytes:
    data = rng.randbytes(rng.randint(0, 300))
    prefix = rng.choice([b"", b"\xef\xbb\xbf", b"print(1)\n", b"x = ", b"def f() -> int:\n    return "])
    return prefix + data


def swap_token(rng: random.Random, text: str, corpus: list[str]) -> str:
    spans = [m.span() for m in TOKEN.finditer(text)]
    if not spans:
        return text + rng.choice(INSERTS)
    start, end = rng.choice(spans)
    donor = rng.choice(corpus)
    pool = [m.group() for m in TOKEN.finditer(donor)] if rng.random() < 0.5 else INSERTS
    return text[:start] + rng.choice(pool or INSERTS) + text[end:]


def insert_token(rng: random.Random, text: str, corpus: list[str]) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(INSERTS) + text[at:]


def delete_span(rng: random.Random, text: str, corpus: list[str]) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + text[at + rng.randint(1, 30):]


def edit_lines(rng: random.Random, text: str, corpus: list[str]) -> str:
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    match rng.randrange(5):
        case 0:
            lines[i], lines[j] = lines[j], lines[i]
        case 1:
            lines.insert(i, lines[j])
        case 2:
            del lines[i]
        case 3:
            lines[i] = "    " + lines[i]
        case _:
            lines[i] = lines[i].lstrip()
    return "\n".join(lines)


def splice(rng: random.Random, text: str, corpus: list[str]) -> str:
    """Lines from another corpus file inserted at a random line."""
    donor = rng.choice(corpus).split("\n")
    start = rng.randrange(len(donor))
    lines = text.split("\n")
    at = rng.randrange(len(lines) + 1)
    return "\n".join(lines[:at] + donor[start:start + rng.randint(1, 8)] + lines[at:])


def truncate(rng: random.Random, text: str, corpus: list[str]) -> str:
    return text[: rng.randrange(len(text) + 1)]


MUTATIONS = [swap_token, swap_token, swap_token, insert_token, delete_span, edit_lines, edit_lines, splice,
             truncate]


# ---- syntax-tree mutants: always parse, so they reach the type checker and irgen

EDGE_CONSTANTS = [0, 1, -1, 2, 63, 64, 2**63 - 1, 2**63, -(2**63), 10**30, 0.0, -0.0, 0.5, 1e308, 1e-320, 1.5,
                  True, False, None, "", "s", b"b", ...]
ANNOTATIONS = ["int", "float", "bool", "str", "None", "list[int]", "tuple[int, float]", "dict[str, int]",
               "int | None", "object", "Any", "x"]
OPERATORS = {
    ast.BinOp: [ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.LShift, ast.RShift,
                ast.BitOr, ast.BitXor, ast.BitAnd, ast.MatMult],
    ast.UnaryOp: [ast.UAdd, ast.USub, ast.Not, ast.Invert],
    ast.BoolOp: [ast.And, ast.Or],
    ast.AugAssign: [ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.LShift, ast.RShift,
                    ast.BitOr, ast.BitXor, ast.BitAnd],
}
COMPARISONS = [ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.In, ast.NotIn]


def ast_mutant(rng: random.Random, text: str, corpus: list[str]) -> str | None:
    """`text` with one to three syntax-tree edits (None if it or the result does not parse)."""
    tree, donor = _parse(text), _parse(rng.choice(corpus))
    if tree is None or donor is None:
        return None
    for _ in range(rng.randint(1, 3)):
        rng.choice(TREE_EDITS)(rng, tree, donor)
    try:
        text = ast.unparse(ast.fix_missing_locations(tree))
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    return text if _parse(text) is not None else None  # e.g. an f-string part grafted outside one


def _parse(text: str) -> ast.Module | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return None


def _slots(tree: ast.AST, kind: type) -> list[tuple[ast.AST, str, int | None]]:
    """Every place (node, field, index) in `tree` holding a node of `kind`."""
    places = []
    for node in ast.walk(tree):
        for name, value in ast.iter_fields(node):
            if isinstance(value, kind):
                places.append((node, name, None))
            elif isinstance(value, list):
                places.extend((node, name, i) for i, item in enumerate(value) if isinstance(item, kind))
    return places


def _put(place: tuple[ast.AST, str, int | None], new: ast.AST | None) -> None:
    node, name, index = place
    if index is None:
        setattr(node, name, new)
    elif new is None:
        del getattr(node, name)[index]
    else:
        getattr(node, name)[index] = new


def graft_expression(rng: random.Random, tree: ast.Module, donor: ast.Module) -> None:
    places, grafts = _slots(tree, ast.expr), [n for n in ast.walk(donor) if isinstance(n, ast.expr)]
    if places and grafts:
        _put(rng.choice(places), copy.deepcopy(rng.choice(grafts)))


def edge_constant(rng: random.Random, tree: ast.Module, donor: ast.Module) -> None:
    places = _slots(tree, ast.Constant)
    if places:
        _put(rng.choice(places), ast.Constant(rng.choice(EDGE_CONSTANTS)))


def swap_operator(rng: random.Random, tree: ast.Module, donor: ast.Module) -> None:
    nodes = [n for n in ast.walk(tree) if type(n) in OPERATORS or isinstance(n, ast.Compare)]
    if not nodes:
        return
    node = rng.choice(nodes)
    if isinstance(node, ast.Compare):
        node.ops[rng.randrange(len(node.ops))] = rng.choice(COMPARISONS)()
    else:
        node.op = rng.choice(OPERATORS[type(node)])()


def change_annotation(rng: random.Random, tree: ast.Module, donor: ast.Module) -> None:
    places = [(n, "annotation", None) for n in ast.walk(tree) if isinstance(n, ast.arg | ast.AnnAssign)]
    places += [(n, "returns", None) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    if places:
        _put(rng.choice(places), ast.parse(rng.choice(ANNOTATIONS), mode="eval").body)


def edit_statement(rng: random.Random, tree: ast.Module, donor: ast.Module) -> None:
    """Replace, insert, delete or wrap a statement (statements may come from the donor)."""
    places, grafts = _slots(tree, ast.stmt), [n for n in ast.walk(donor) if isinstance(n, ast.stmt)]
    if not places or not grafts:
        return
    node, name, index = place = rng.choice(places)
    body = getattr(node, name)
    if not isinstance(body, list):
        return
    graft = copy.deepcopy(rng.choice(grafts))
    match rng.randrange(4):
        case 0:
            _put(place, graft)
        case 1:
            body.insert(index, graft)
        case 2:
            if len(body) > 1:
                del body[index]
        case _:
            test = copy.deepcopy(rng.choice([n for n in ast.walk(donor) if isinstance(n, ast.expr)] or [ast.Constant(True)]))
            body[index] = rng.choice([ast.If(test, [body[index]], []), ast.While(test, [body[index]], [])])


TREE_EDITS = [graft_expression, graft_expression, edge_constant, swap_operator, change_annotation, edit_statement,
              edit_statement]


def grammar_inputs(seed: int, count: int) -> list[bytes]:
    """`count` sources from hypothesmith (Python's grammar, and libcst node trees), reproducible by seed.

    Hypothesis is driven through @given with a fixed seed and no shrinking, as a
    generator: every example is collected, and the caller compiles each."""
    import warnings

    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    import hypothesmith

    strategy = hypothesmith.from_node() if seed % 4 == 0 else hypothesmith.from_grammar()
    found: list[bytes] = []

    @hypothesis_seed(seed)
    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(source: str) -> None:
        found.append(source.encode("utf-8", "surrogatepass"))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        collect()
    return found
