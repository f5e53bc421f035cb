# Roman numerals: printed one symbol at a time, and parsed back from digit values.


def emit(n: int, value: int, big: bool) -> int:
    # prints the symbol for `value` as many times as it fits and returns the rest
    while n >= value:
        if value == 1000:
            print("M", end="")
        elif value == 900:
            print("CM", end="")
        elif value == 500:
            print("D", end="")
        elif value == 400:
            print("CD", end="")
        elif value == 100:
            print("C", end="")
        elif value == 90:
            print("XC", end="")
        elif value == 50:
            print("L", end="")
        elif value == 40:
            print("XL", end="")
        elif value == 10:
            print("X", end="")
        elif value == 9:
            print("IX", end="")
        elif value == 5:
            print("V", end="")
        elif value == 4:
            print("IV", end="")
        else:
            print("I", end="")
        n -= value
    return n


def roman(n: int) -> None:
    print(n, end=" = ")
    n = emit(n, 1000, True)
    n = emit(n, 900, True)
    n = emit(n, 500, True)
    n = emit(n, 400, True)
    n = emit(n, 100, True)
    n = emit(n, 90, True)
    n = emit(n, 50, False)
    n = emit(n, 40, False)
    n = emit(n, 10, False)
    n = emit(n, 9, False)
    n = emit(n, 5, False)
    n = emit(n, 4, False)
    n = emit(n, 1, False)
    print()


def symbol_count(n: int) -> int:
    count = 0
    v = 1000
    while n > 0:
        while n >= v:
            n -= v
            count += 1 if v == 1000 or v == 500 or v == 100 or v == 50 or v == 10 or v == 5 or v == 1 else 2
        if v == 1000:
            v = 900
        elif v == 900:
            v = 500
        elif v == 500:
            v = 400
        elif v == 400:
            v = 100
        elif v == 100:
            v = 90
        elif v == 90:
            v = 50
        elif v == 50:
            v = 40
        elif v == 40:
            v = 10
        elif v == 10:
            v = 9
        elif v == 9:
            v = 5
        elif v == 5:
            v = 4
        else:
            v = 1
    return count


for n in range(1, 16):
    roman(n)
roman(1994)
roman(2024)
roman(3888)
roman(444)
longest = 0
which = 0
for n in range(1, 4000):
    c = symbol_count(n)
    if c > longest:
        longest = c
        which = n
print("longest numeral below 4000:", which, longest)
roman(which)
