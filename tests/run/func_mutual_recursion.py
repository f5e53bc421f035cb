# Mutually recursive functions; is_even calls is_odd before it is defined.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


for n in range(0, 12):
    print(n, is_even(n), is_odd(n))
print(is_even(500), is_odd(501), is_odd(400))
for n in range(0, 20):
    print(n, hofstadter_f(n), hofstadter_m(n))
