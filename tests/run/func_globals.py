# Module-level variables read in functions and changed with `global`.

counter = 0
total = 0.0
LIMIT = 5
enabled = True


def bump(by: int) -> int:
    global counter
    counter += by
    return counter


def add(x: float) -> None:
    global total
    total = total + x


def toggle() -> bool:
    global enabled
    enabled = not enabled
    return enabled


def under_limit(n: int) -> bool:
    return n < LIMIT


for i in range(4):
    print(bump(i), counter)
for i in range(3):
    add(1.25 * i)
print(total)
print(toggle(), toggle(), toggle(), enabled)
print(under_limit(3), under_limit(5))
LIMIT = 10
print(under_limit(5), LIMIT)
counter = -100
print(bump(1))
