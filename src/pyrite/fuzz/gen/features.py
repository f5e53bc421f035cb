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
)

SPECIAL = (  # print-only expressions of a finite float F with inf and nan
    "F * math.inf", "F / math.inf", "math.copysign(math.inf, F)", "min(F, math.nan)", "max(math.nan, F)",
    "math.isnan(F * math.inf)", "F < math.inf", "math.inf == F", "-math.inf < F", "(F * math.inf) != (F * math.inf)",
    "math.fmod(F, math.inf)", "math.atan(math.inf * F)", "math.exp(-math.inf)", "math.hypot(math.inf, math.nan)",
    "F - math.inf", "-(F * math.nan)", "abs(-math.inf)", "math.tanh(-math.inf * F)", "math.floor(F) == F",
    "(F + math.inf) - math.inf", "math.nan != F", "min(math.inf, F, -math.inf)", "math.isfinite(F / math.inf)",
)


def draw_features(rng: random.Random) -> set[str]:
    chosen = {f for f in FEATURES if rng.random() < 0.6}
    return chosen or {"int_arith"}
