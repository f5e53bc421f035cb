from typing import Callable


def call_twice(f: Callable[[], int]) -> int:
    return f() + f()


def greeting(name: str) -> Callable[[], str]:
    return lambda: "hello " + name


print(call_twice(lambda: 21))
hi = greeting("pyrite")
print(hi(), greeting("world")())
seven = lambda: 7
print(seven() * 6)
