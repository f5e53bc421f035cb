"""Naive recursive Fibonacci: call overhead and checked int adds."""
# bench: quick N=24

N = 34


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(N))
