"""The program generator: a random, typed, terminating Pyrite v0 program per seed.

    text = generate(seed=7)                       # every feature may be drawn
    text = generate(seed=7, features={"int_arith", "while"})

Swarm testing: each program draws a random subset of FEATURES (unless given), so
some programs hammer a few constructs. Same seed and features, same text.

Soundness is by construction, never by luck (and for strs and containers, see ranges.py):
- every int value carries an interval; every int variable has a box it always
  stays in, and an assignment whose interval leaves the box is wrapped, so no
  program leaves 64 bits (ranges.py);
- every float is finite and bounded by a magnitude (no inf, no nan) except in
  print-only special expressions and the deliberate raise at the end;
- a divisor is never zero: it is a nonzero literal or `(e % m + 1)`-shaped;
- loops have bounded trip counts, recursion a bounded depth, and a cost budget
  keeps the dynamic work (interpreter time) small;
- a name is in scope only after an assignment that dominates the read.

    features.py     FEATURES (swarm testing), KNOWN_BUGS, SPECIAL inf/nan expressions
    ranges.py       value boxes and intervals, length bounds, Expr/Var/Func, wrapping helpers
    program.py      Generator: shared state, the program outline, deliberate errors
    functions.py    defs (defaults, recursion, early returns) and calls with keywords
    statements.py   assignments, print, if/while/for/else, break/continue
    expressions.py  literals, leaves, the kind dispatch shared by all types
    ints.py, floats.py, bools.py   the expressions of each type

Strs, containers and function values (the features of shapes.NEW_FEATURES):

    shapes.py       the types as annotation text, and which ones the features allow
    values.py       what they share: dispatch, literals, fitting a value to a variable, elements, aliases
    strings.py      str expressions, and ints and bools made from strs
    formatting.py   f-strings, str.format, printf-style %
    lists.py, tuples.py, dicts.py, sets.py   each container's expressions (dicts and sets: statements too)
    vartuples.py    tuple[T, ...]: made, compared, unpacked where the length is known, and its endings
    set_iterables.py    set methods given lists, dicts, strs, ranges, or several iterables
    rangevalues.py  range values: made, sliced, asked about (len, [i], in, index, ...), printed
    measures.py     len, sum, min, max, count, in, comparisons of containers
    comprehensions.py   list, dict and set comprehensions (and what a for can iterate over)
    iteration.py    for over strs and containers, enumerate, zip, reversed
    mutations.py    lists and strs changed in place
    lambdas.py      Callable variables and parameters, lambdas, key=, closures, nested defs
    optionals.py    T | None and narrowing
    endings.py      deliberate IndexError, KeyError, ValueError, RuntimeError endings
    rejections.py   deliberate compile errors (feature "rejected"): where Pyrite must refuse the program
"""

from .features import ALL_FEATURES, FEATURES, draw_features
from .program import Generator, generate

__all__ = ["ALL_FEATURES", "FEATURES", "Generator", "draw_features", "generate"]
