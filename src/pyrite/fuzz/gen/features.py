"""The features a program may draw (swarm testing), and the print-only inf/nan expressions.

Each program draws a random subset of FEATURES (`draw_features`), so some
programs hammer a few constructs and rare combinations still come up.
"""

from __future__ import annotations

import random

FEATURES = (
    "int_arith", "float_arith", "bitwise", "bool_ops", "compare", "chain", "andor", "ifexp",
    "if", "while", "for", "break", "continue", "loop_else", "functions", "defaults", "keywords",
    "recursion", "globals", "math", "builtins", "print_sep", "raise", "augassign", "tuple_assign",
    "main_guard", "bigint", "float_special", "overflow",
    # constructs added to reach the rest of the language (README "The language")
    "annassign", "multi_assign", "from_import", "asserts", "guards", "unbound", "exprstmt", "mutual",
    "truthy", "boolarith", "while_true",
    # strs, containers and function values (shapes.NEW_FEATURES; README "The language")
    "strings", "str_methods", "fstrings", "lists", "list_methods", "slices", "tuples", "dicts", "sets",
    "comprehensions", "lambdas", "optionals", "sorting", "ranges", "vartuples",
)

SPECIAL = (  # print-only expressions of a finite float F with inf and nan
    "F * math.inf", "F / math.inf", "math.copysign(math.inf, F)", "min(F, math.nan)", "max(math.nan, F)",
    "math.isnan(F * math.inf)", "F < math.inf", "math.inf == F", "-math.inf < F", "(F * math.inf) != (F * math.inf)",
    "math.fmod(F, math.inf)", "math.atan(math.inf * F)", "math.exp(-math.inf)", "math.hypot(math.inf, math.nan)",
    "F - math.inf", "-(F * math.nan)", "abs(-math.inf)", "math.tanh(-math.inf * F)", "math.floor(F) == F",
    "(F + math.inf) - math.inf", "math.nan != F", "min(math.inf, F, -math.inf)", "math.isfinite(F / math.inf)",
    'float("inf") * F', 'float("-inf") < F', 'float("nan") != F', 'max(F, float("-inf"))', "math.e * math.tau",
)

# What `from math import ...` may bring in (feature "from_import").
MATH_NAMES = (
    "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
    "tanh", "floor", "ceil", "trunc", "fabs", "fmod", "hypot", "copysign", "isnan", "isinf", "isfinite", "gcd",
    "factorial", "pi", "e", "tau", "inf", "nan",
)

# Constructs Pyrite has an open bug on, each reduced into tests/regress/: the generator avoids them, so a
# campaign is not spent finding the same bug in every tenth program. Delete an entry once its test passes.
KNOWN_BUGS: dict[str, str] = {}  # construct -> its reduced program in tests/regress (none open now)

EXCEPTIONS = ("ValueError", "ZeroDivisionError", "OverflowError", "AssertionError", "RuntimeError", "TypeError",
              "IndexError", "KeyError", "NotImplementedError")


# Features drawn apart from the swarm, each with its own chance and from its own random source, so that
# adding one leaves every other program as it was. "rejected": the program ends with a deliberate compile
# error (rejections.py); it is rare because the rest of such a program is never run.
RARE = {"rejected": 0.04}
ALL_FEATURES = FEATURES + tuple(RARE)


def draw_features(rng: random.Random) -> set[str]:
    chosen = {f for f in FEATURES if rng.random() < 0.6}
    return chosen or {"int_arith"}


def draw_rare(seed: int) -> set[str]:
    rng = random.Random(f"rare features of {seed}")
    return {f for f, chance in RARE.items() if rng.random() < chance}
