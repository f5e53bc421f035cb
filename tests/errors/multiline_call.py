# Errors on lines that cannot carry a comment are marked with ERROR@line.
def weighted(a: float, b: float, weight: float) -> float:
    return a * weight + b * (1.0 - weight)


print(weighted(
    1.0,
    """two""",
    0.5,
))
# ERROR@8: argument 'b' of weighted() must be float, not str
