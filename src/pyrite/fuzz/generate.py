"""`generate(seed, features)` and FEATURES: the program generator, which lives in `gen/`.

Kept so `from pyrite.fuzz.generate import generate` keeps working for the tools
that use it (oracle tests, reducer, bisector).
"""

from .gen import FEATURES, draw_features, generate

__all__ = ["FEATURES", "draw_features", "generate"]
