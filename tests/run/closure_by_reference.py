from typing import Callable

# CPython closures see a captured object's later changes; a list captured by
# a closure and changed after the closure is made is seen changed.


def make(xs: list[int]) -> Callable[[], int]:
    total = lambda: sum_of(xs)
    xs.append(100)
    return total


def sum_of(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


data = [1, 2, 3]
f = make(data)
print(f())
data.append(1000)
print(f())
while len(data) > 1:
    data.pop()
print(f())
