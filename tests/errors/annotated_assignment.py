def mean3(a: int, b: int, c: int) -> float:
    total: float = a + b + c  # ERROR: 'total' is annotated float but assigned int
    return total / 3


limit: int = 10
rate: float = 0.5
count: bool = 3  # ERROR: 'count' is annotated bool but assigned int
names: list[str] = []
table: dict[list[int], int] = {}  # ERROR: list[int] is not hashable
print(mean3(1, 2, 3), limit, rate)
