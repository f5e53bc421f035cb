"""Pyrite: a compiler from statically typed Python to native code."""

__version__ = "0.1.0"
