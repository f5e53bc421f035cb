from typing import Callable


def make_adder(k: int) -> Callable[[int], int]:
    return lambda x: x + k


def make_scaler(a: float, b: float) -> Callable[[float], float]:
    return lambda x: a * x + b


add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-3)(3))
line = make_scaler(2.0, 0.5)
print(line(1.0), line(-4.0))
adders: list[Callable[[int], int]] = []
for k in range(4):
    adders.append(make_adder(k * k))
print([adders[0](1), adders[1](1), adders[2](1), adders[3](1)])
