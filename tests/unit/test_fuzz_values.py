"""The generator's str, container and function-value features: each is generated, and its programs are well defined.

Well defined means what the scalar programs already guarantee (test_fuzz.py), and
also: an exception happens only in a deliberate ending (indexes, keys, pops stay
in range everywhere else), and the output does not depend on CPython's per-process
str hash seed (no set of strs is iterated or printed in hash order).
"""

import io
import re
import subprocess
import sys
import traceback

import pytest

from pyrite.frontend import check
from pyrite.fuzz.gen.shapes import NEW_FEATURES
from pyrite.fuzz.generate import generate
from pyrite.fuzz.oracle import check_program

SEEDS = range(4)
# What each feature puts into a program (one of the first seeds' programs with only that feature shows it).
CONSTRUCTS = {
    "strings": r"^\s*s\d+(: str)? = ",
    "str_methods": r"\.(upper|lower|casefold|swapcase|title|capitalize|l?r?strip|replace|zfill|[lr]just|center|"
                   r"expandtabs|remove(prefix|suffix)|r?split|splitlines|r?find|count|r?index|(starts|ends)with|is\w+|join)\(",
    "fstrings": r"\bf\"|'\.format\(|' % ",
    "lists": r"^\s*l\d+(: list\[.+\])? = ",
    "list_methods": r"\.(append|insert|extend|pop|remove|clear|reverse)\(",
    "slices": r"\[-?\w*:-?\w*(:-?\d)?\]",
    "tuples": r"^\s*t\d+(: tuple\[.+\])? = ",
    "dicts": r"^\s*d\d+(: dict\[.+\])? = ",
    "sets": r"^\s*z\d+(: set\[.+\])? = ",
    "comprehensions": r" for c\d+ in ",
    "lambdas": r"\blambda\b",
    "optionals": r" \| None = ",
    "sorting": r"\bsorted\(|\.sort\(",
    "ranges": r"^\s*rg\d+(: range)? = ",
    "vartuples": r"^\s*vt\d+: tuple\[\w+, \.\.\.\] = ",
}
# What a range value is asked (rangevalues.py), and the set methods given other iterables (set_iterables.py).
RANGE_OPERATIONS = r"\brg\d+\.(start|stop|step|index|count)\b|len\(rg\d+\)|\brg\d+\[| in rg\d+\b"
# What a program does with a tuple[T, ...] (vartuples.py): irgen/tuples.py and convert.py's var tuple paths.
VAR_TUPLE_SHAPES = {
    "a var tuple made from a fixed one": (r"^\s*vt\d+: tuple\[\w+, \.\.\.\] = \((\(-|[^()])*,(\(-|[^()])*\)$", {"vartuples"}),
    "a var tuple indexed by any int": (r"\[.* % len\(vt\d+\)\]", {"vartuples"}),
    "a var tuple compared": (r"\bvt\d+ (==|!=|<=?|>=?) |(==|!=|<=?|>=?) vt\d+\b", {"vartuples"}),
    "a var tuple tested for truth": (r"^\s*(el)?if (vt\d+|tuple\(.*\)):$", {"vartuples", "truthy"}),
    "a var tuple unpacked": (r"^\s*u\d+(, u\d+)*,? = tuple\(", {"vartuples"}),
    "a loop over a var tuple": (r"^\s*for .* in (enumerate\(|zip\(|reversed\()?vt\d+\b", {"vartuples"}),
    "a var tuple passed and returned": (r"^def .*: tuple\[\w+, \.\.\.\]", {"vartuples", "functions"}),
    "a fixed tuple passed or stored as a var tuple": (r"^\s*vt\d+(: tuple\[\w+, \.\.\.\])? = (t\d+|divmod\(.*\))$|"
                                                      r"\bf\d+\(.*divmod\(", {"vartuples", "tuples", "functions"}),
    "a fixed tuple of one item type indexed by any int": (r"\bt\d+\[\(.*\) % \d\]", {"tuples"}),
    "a var tuple in a set or dict": (r"( in |len\()\{(vt\d+|tuple\()|\{(vt\d+|tuple\().*: 0, .*\}\.get\(", {"vartuples"}),
    "a var tuple indexed out of range": (r"^print\(vt\d+\[-?len\(", {"vartuples", "raise"}),
    "a var tuple unpacked to the wrong length": (r"^z\d+, z\d+(, z\d+)? = tuple\(", {"vartuples", "raise"}),
    "a var tuple sliced": (r"\bvt\d+\[[^]\[]*:[^]\[]*\]", {"vartuples"}),
    "a var tuple joined": (r"\(vt\d+ \+ |\+ vt\d+\)", {"vartuples"}),
    "a var tuple repeated": (r"\(vt\d+ \* (\d|\()|\* vt\d+\)", {"vartuples"}),
    "a var tuple's count or index": (r"\bvt\d+\.count\(|\bvt\d+ \+ \([^()]*,\)\)\.index\(", {"vartuples"}),
    "a var tuple searched for a missing item, or sliced with a zero step": (r"^print\(vt\d+(\.index\(|\[::0\])",
                                                                            {"vartuples", "raise"}),
    "a fixed tuple cut out of a longer or repeated one": (r"\)\[(:\d|-\d:|\d:\d)\]", {"tuples"}),
    "fixed tuples of different lengths compared": (r"\[:\d\] (==|!=|<=?|>=?) ", {"tuples"}),
    "a starred unpacking": (r"^\s*(u\d+, )*\*l\d+(, u\d+)*,? = ", {"vartuples"}),
    "min or max of tuples": (r"\b(min|max)\((\(|t\d+, )", {"tuples"}),
}
SET_ITERABLE_METHODS = r"\.(update|union|intersection|difference|symmetric_difference|issubset|issuperset|isdisjoint)\([^{]"


def test_every_new_feature_has_a_construct():
    assert set(CONSTRUCTS) == set(NEW_FEATURES)


@pytest.mark.parametrize("feature", NEW_FEATURES)
def test_feature_is_generated(feature):
    programs = [generate(seed, {feature, "if", "for"}) for seed in SEEDS]
    assert any(re.search(CONSTRUCTS[feature], p, re.M) for p in programs), programs[0]


# Shapes the compiler lowers specially, which programs must reach (with the features that make them).
SHAPES = {
    "one-probe update, d[k] op= v": (r"^\s*d\d+\[[^]]+\] [-+*/%&|^>]+= ", {"dicts"}),
    "one-probe update, d[k] = d.get(k, x) op v": (r"^\s*(d\d+)\[([^]]+)\] = \1\.get\(\2, ", {"dicts"}),
    "a loop over s.split() or s.split(sep)": (r"^\s*for \w+ in .*\.split\([^)]*\):$", {"strings", "str_methods"}),
    "enumerate, zip or reversed of a dict or set": (r"^\s*for .* in (enumerate|zip|reversed)\((\{|d\d+\b|z\d+\b)",
                                                   {"dicts", "sets"}),
    "any or all of a generator expression": (r"\b(any|all)\([^()\[]* for c\d+ in ", {"comprehensions", "bool_ops"}),
    "dict(pairs), dict(zip(keys, values)), dict(d)": (r"\bdict\((\[\(|zip\(|\{|d\d+\))", {"dicts"}),
    "a range value asked about": (RANGE_OPERATIONS, {"ranges"}),
    "a set method given other iterables or several": (SET_ITERABLE_METHODS, {"sets", "lists", "dicts"}),
    **VAR_TUPLE_SHAPES,
}


@pytest.mark.parametrize("shape", SHAPES)
def test_specially_lowered_shapes_are_generated(shape):
    """irgen/dict_rmw.py, the lazy split loop and the dict and set walks inside enumerate, zip
    and reversed (irgen/iteration.py), the short circuit of any/all over a generator and the
    dict() constructor, range values (irgen/ranges.py) and set methods given other iterables
    (irgen/set_iterables.py) were never reached by generated programs (coverage.py), so no
    campaign checked them against CPython (the first run with any/all found a crash)."""
    pattern, features = SHAPES[shape]
    programs = [generate(seed, features | {"if", "for", "int_arith"}) for seed in range(30)]
    found = [p for p in programs if re.search(pattern, p, re.M)]
    assert found, programs[0]
    result = check_program(found[0], "shape.py", native=(2,))
    assert result.ok, result.detail


@pytest.mark.parametrize("feature", NEW_FEATURES)
def test_feature_alone_is_accepted(feature):
    """A feature drawn without the type it works on brings the type along (fstrings alone still makes strs)."""
    for seed in SEEDS:
        check(generate(seed, {feature}), f"seed-{seed}.py")  # raises CompileError if the generator left the subset


def ending_exception(text: str) -> tuple[BaseException | None, int]:
    """The exception CPython ends the program with (None if none) and the module-level line it came from."""
    try:
        with redirect():
            exec(compile(text, "prog.py", "exec"), {"__name__": "__main__"})
    except SystemExit:
        return None, 0
    except Exception as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "prog.py"]
        return exc, frames[0].lineno
    return None, 0


class redirect:
    def __enter__(self):
        self.saved = sys.stdout
        sys.stdout = io.StringIO()

    def __exit__(self, *exc):
        sys.stdout = self.saved


@pytest.mark.parametrize("seed", range(40))
def test_exceptions_only_in_the_deliberate_ending(seed):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    text = generate(seed)
    exc, line = ending_exception(text)
    if exc is None:
        return
    lines = text.splitlines()
    marker = next((i + 1 for i, t in enumerate(lines) if t.strip() == "# deliberate error"), None)
    if marker is None:  # the endings that stop without the marker: an unbound name, a failed assert
        assert isinstance(exc, (NameError, AssertionError)), (type(exc), lines[line - 1])
        return
    assert line > marker, (type(exc).__name__, exc, lines[line - 1])


HASH_SEED_RUNNER = """
import io, sys
from pyrite.fuzz.generate import generate
sys.setrecursionlimit(20000)
for seed in range(int(sys.argv[1]), int(sys.argv[2])):
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        exec(compile(generate(seed, set(sys.argv[3].split(","))), "p.py", "exec"), {"__name__": "__main__"})
    except BaseException as exc:
        out.write(f"{type(exc).__name__}: {exc}")
    sys.stdout = saved
    print(seed, repr(out.getvalue()))
"""


def test_output_does_not_depend_on_the_str_hash_seed():
    """CPython orders a set of strs by hashes that change with PYTHONHASHSEED: programs must not show that order."""
    features = "strings,sets,dicts,lists,comprehensions,sorting,fstrings,functions,for,if"
    outputs = []
    for hash_seed in ("1", "2"):
        env = {"PYTHONHASHSEED": hash_seed, "PATH": "/usr/bin:/bin"}
        proc = subprocess.run([sys.executable, "-c", HASH_SEED_RUNNER, "0", "25", features], capture_output=True,
                              text=True, timeout=120, env=env)
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("seed", range(3))
def test_new_features_pass_the_oracle(seed):
    features = set(NEW_FEATURES) | {"functions", "if", "for", "while", "int_arith", "float_arith", "raise"}
    result = check_program(generate(seed, features), f"seed-{seed}.py", native=(2,) if seed == 0 else ())
    assert result.ok, (result.signature, result.detail)


def test_known_bugs_name_their_regression_program():
    """A construct the generator avoids is an open bug with a reduced program that fails until it is fixed."""
    from pathlib import Path

    from pyrite.fuzz.gen.features import KNOWN_BUGS

    root = Path(__file__).resolve().parents[2]
    for construct, path in KNOWN_BUGS.items():
        assert path.startswith("tests/regress/") and (root / path).is_file(), construct
