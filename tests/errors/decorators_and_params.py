import math


@staticmethod  # ERROR: decorators are not supported yet
def twice(x: int) -> int:
    return 2 * x


def total(*values: int) -> int:  # ERROR: '*args' parameters are not supported yet
    return 0


def scaled(x: float, *, factor: float) -> float:  # ERROR: keyword-only parameters are not supported yet
    return x * factor


def named(label: dict[str, list[int]]) -> None:
    pass


def items(values: list[tuple[int, int]]) -> int:
    return 0


print(twice(2), math.pi)
