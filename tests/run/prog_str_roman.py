# Roman numerals: to text with str * n, back with startswith and slicing.
VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]


def to_roman(n: int) -> str:
    out = ""
    for i in range(len(VALUES)):
        out += SYMBOLS[i] * (n // VALUES[i])
        n %= VALUES[i]
    return out


def from_roman(s: str) -> int:
    total = 0
    i = 0
    rest = s
    while rest != "":
        if rest.startswith(SYMBOLS[i]):
            total += VALUES[i]
            rest = rest[len(SYMBOLS[i]):]
        else:
            i += 1
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16}{from_roman(r):>5} {r.lower()} {r.count('M')}")
print("MMXXIV".find("X"), "MMXXIV".rfind("X"), "MMXXIV".replace("XX", "20"))
