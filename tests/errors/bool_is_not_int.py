# bool is not int for variables, parameters and returns.
def count_up(n: int) -> int:
    return n + 1


def is_even(n: int) -> bool:
    return n % 2  # ERROR: 'is_even' must return bool, but this returns int


flag = True
print(count_up(flag))  # ERROR: argument 'n' of count_up() must be int, not bool
counter = 0
counter = flag  # ERROR: cannot assign bool to 'counter', which is int
print(True + True, is_even(4))
