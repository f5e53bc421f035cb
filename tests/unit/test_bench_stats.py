"""Benchmark statistics: Mann-Whitney U against brute-force enumeration and known values."""

import itertools
import random

import pytest

from pyrite.bench.stats import (_exact_upper_tail, _normal_upper_tail, geomean, mann_whitney_greater, median,
                                spread, u_statistic)


def brute_force_p(x: list[float], y: list[float]) -> float:
    """P(U >= observed) over every way of splitting the pooled values into samples of these sizes."""
    pooled = x + y
    observed = u_statistic(x, y)
    hits = total = 0
    for chosen in itertools.combinations(range(len(pooled)), len(x)):
        rest = [pooled[i] for i in range(len(pooled)) if i not in chosen]
        total += 1
        hits += u_statistic([pooled[i] for i in chosen], rest) >= observed - 1e-9
    return hits / total


def test_median_spread_geomean():
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 2.0, 3.0]) == 2.5
    assert spread([10.0, 11.0, 9.0, 10.0]) == pytest.approx(0.05)
    assert geomean([2.0, 8.0]) == pytest.approx(4.0)
    assert geomean([]) is None
    with pytest.raises(ValueError):
        median([])


def test_u_counts_pairs_and_half_ties():
    assert u_statistic([3.0, 4.0], [1.0, 2.0]) == 4
    assert u_statistic([1.0, 2.0], [3.0, 4.0]) == 0
    assert u_statistic([2.0], [2.0]) == 0.5


def test_known_exact_values():
    # fully separated samples: only 1 of the C(n1+n2, n1) orderings is that extreme
    assert mann_whitney_greater([4.0, 5.0, 6.0], [1.0, 2.0, 3.0]) == pytest.approx(1 / 20)
    assert mann_whitney_greater([6.0, 7, 8, 9, 10], [1.0, 2, 3, 4, 5]) == pytest.approx(1 / 252)
    assert mann_whitney_greater([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]) == pytest.approx(1.0)
    # U = 8 of 9 for 3 vs 3: orderings with U >= 8 are U = 9 (1) and U = 8 (1): 2/20
    assert mann_whitney_greater([2.5, 5.0, 6.0], [1.0, 2.0, 3.0]) == pytest.approx(2 / 20)


@pytest.mark.parametrize("seed", range(12))
def test_exact_matches_enumeration(seed):
    rng = random.Random(seed)
    n1, n2 = rng.randint(1, 6), rng.randint(1, 6)
    values = rng.sample(range(1000), n1 + n2)
    x, y = [float(v) for v in values[:n1]], [float(v) + rng.choice([0, 150]) for v in values[n1:]]
    if len(set(x) | set(y)) < n1 + n2:
        pytest.skip("drew a tie")
    assert mann_whitney_greater(x, y) == pytest.approx(brute_force_p(x, y))


def test_normal_approximation_is_close_to_exact_for_larger_samples():
    rng = random.Random(5)
    for _ in range(20):
        x = [rng.gauss(1.02, 0.03) for _ in range(20)]
        y = [rng.gauss(1.00, 0.03) for _ in range(20)]
        u = round(u_statistic(x, y))
        assert _normal_upper_tail(x, y, u) == pytest.approx(_exact_upper_tail(20, 20, u), abs=0.01)


def test_ties_use_the_corrected_normal_approximation():
    assert mann_whitney_greater([1.0, 1.0, 1.0], [1.0, 1.0]) == 1.0  # all equal: no evidence
    slow = [2.0] * 8 + [3.0] * 4
    fast = [1.0] * 6 + [2.0] * 6
    p = mann_whitney_greater(slow, fast)
    assert p < 0.01 and mann_whitney_greater(fast, slow) > 0.99


def test_empty_sample_is_an_error():
    with pytest.raises(ValueError):
        mann_whitney_greater([], [1.0])
