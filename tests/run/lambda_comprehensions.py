"""Comprehensions inside lambdas: their variables are the lambda's own (a set or dict
comprehension in a lambda was an internal compiler error, found by the fuzzer, seed 229)."""
from typing import Callable

f: Callable[[int], int] = lambda x: len({c for c in [x, 1]})
g: Callable[[int], int] = lambda x: len({c: 0 for c in [x, 2]})
h: Callable[[int], list[int]] = lambda n: [i * i for i in range(n) if i % 2 == 0]
k: Callable[[list[str]], dict[str, int]] = lambda ws: {w: len(w) for w in ws if w}
pairs: Callable[[int], set[tuple[int, int]]] = lambda n: {(a, b) for a in range(n) for b in range(a)}
print(f(1), f(2), g(1), g(5))
print(h(7), k(["ab", "", "cde"]))
print(sorted(pairs(4)))
words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=lambda w: len({ch for ch in w})))
