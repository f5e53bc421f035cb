"""Statistics for benchmark samples: median, spread, geometric mean, Mann-Whitney U.

The regression gate asks one question of two sets of timings: is the new one
slower beyond noise? Mann-Whitney U answers it without assuming the timings
are normally distributed (they are not: they have a floor and a long right
tail). For small samples without ties the p-value is exact, counted over all
arrangements of the two samples; otherwise it uses the normal approximation
with the tie correction and a continuity correction, as textbooks (and scipy)
do.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

EXACT_LIMIT = 30  # exact distribution when both samples are at most this long and have no ties


def median(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        raise ValueError("median of no values")
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def spread(values: list[float]) -> float:
    """Median absolute deviation relative to the median (0.02 means ±2%)."""
    centre = median(values)
    if centre == 0:
        return 0.0
    return median([abs(v - centre) for v in values]) / abs(centre)


def geomean(values: list[float]) -> float | None:
    """Geometric mean of positive ratios; None when there are none."""
    values = [v for v in values if v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def u_statistic(x: list[float], y: list[float]) -> float:
    """Mann-Whitney U of x against y: the pairs with x above y, ties counting one half."""
    return sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in x for b in y)


def mann_whitney_greater(x: list[float], y: list[float]) -> float:
    """One-sided p-value for "x tends to be larger than y" (e.g. new timings slower than old)."""
    if not x or not y:
        raise ValueError("Mann-Whitney U needs two non-empty samples")
    u = u_statistic(x, y)
    ties = len(set(x) | set(y)) < len(x) + len(y)
    if not ties and len(x) <= EXACT_LIMIT and len(y) <= EXACT_LIMIT:
        return _exact_upper_tail(len(x), len(y), round(u))
    return _normal_upper_tail(x, y, u)


def _exact_upper_tail(n1: int, n2: int, u: int) -> float:
    counts = _u_distribution(n1, n2)
    return sum(counts[u:]) / sum(counts)


@lru_cache(maxsize=None)
def _u_distribution(n1: int, n2: int) -> tuple[int, ...]:
    """How many of the C(n1+n2, n1) orderings give U = 0, 1, ..., n1*n2.

    The largest value in the pooled sample belongs to x (adding n2 to U) or
    to y (adding nothing), hence f(n1, n2) = f(n1-1, n2) shifted by n2 + f(n1, n2-1).
    """
    if n1 == 0 or n2 == 0:
        return (1,)
    from_x = _u_distribution(n1 - 1, n2)
    from_y = _u_distribution(n1, n2 - 1)
    counts = [0] * (n1 * n2 + 1)
    for u, c in enumerate(from_x):
        counts[u + n2] += c
    for u, c in enumerate(from_y):
        counts[u] += c
    return tuple(counts)


def _normal_upper_tail(x: list[float], y: list[float], u: float) -> float:
    n1, n2 = len(x), len(y)
    n = n1 + n2
    tie_term = sum(t ** 3 - t for t in Counter(x + y).values())
    variance = n1 * n2 / 12 * ((n + 1) - tie_term / (n * (n - 1)))
    if variance <= 0:
        return 1.0  # every value equal: no evidence either way
    z = (u - n1 * n2 / 2 - 0.5) / math.sqrt(variance)
    return 0.5 * math.erfc(z / math.sqrt(2))
