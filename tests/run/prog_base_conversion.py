# Printing numbers in other bases one digit at a time (no strings needed).


def print_in_base(n: int, base: int) -> None:
    if n < 0:
        print("-", end="")
        n = -n
    if n >= base:
        print_in_base(n // base, base)
    d = n % base
    if d < 10:
        print(d, end="")
    elif d == 10:
        print("a", end="")
    elif d == 11:
        print("b", end="")
    elif d == 12:
        print("c", end="")
    elif d == 13:
        print("d", end="")
    elif d == 14:
        print("e", end="")
    else:
        print("f", end="")


def show(n: int) -> None:
    print(n, end=": ")
    print_in_base(n, 2)
    print(" ", end="")
    print_in_base(n, 8)
    print(" ", end="")
    print_in_base(n, 16)
    print(" ", end="")
    print_in_base(n, 3)
    print()


for n in range(0, 18):
    show(n)
show(255)
show(-4096)
show(1000000007)
show(9223372036854775807)
show(-9223372036854775807)
