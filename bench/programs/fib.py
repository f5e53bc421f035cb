"""Naive recursive Fibonacci: call overhead, checked int adds."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(34))
