# Generator expressions passed straight to a builtin that uses them up at once;
# any/all stop at the deciding item, so a later item is never computed.

xs = [1, 2, 3, 4]
none: list[int] = []
words = ["kiwi", "Äpfel", "😀", ""]
print(sum(x * x for x in xs), sum(x for x in none), sum((x / 2 for x in xs), 0.5), sum(x for x in xs if x % 2))
print(",".join(str(i) for i in range(5)), "-".join(w.upper() for w in words if w), repr("".join(c for c in "")))
print(any(x > 3 for x in xs), all(x > 0 for x in xs), any(x for x in none), all(x for x in none))
print(any(w for w in words), all(w for w in words), any(len(w) > 4 for w in words), all(x < y for x in xs for y in [9]))
print(min(x for x in xs), max(-x for x in xs), min(w for w in words if w), max(len(w) for w in words))
print(sorted(w for w in words), sorted((x % 3 for x in xs), reverse=True), sorted((w for w in words), key=lambda w: len(w)))
print(list(x for x in xs if x != 2), set(x % 2 for x in xs), tuple(c for c in "é😀"), dict((x, str(x)) for x in xs))
print(list((i, c) for i, c in enumerate("ab")), dict((k, v) for k, v in zip("xy", xs)), tuple(x for x in none))
total = 0
for row in [[1, 2], [3]]:
    total += sum(v * 10 for v in row)
print(total, any(10 // (x - 3) < 0 for x in xs), all(10 // (x - 3) > 0 for x in xs))


def check(x: int) -> bool:
    print("checking", x)
    return x > 2


print(any(check(x) for x in xs), all(check(x) for x in xs))
print(max(x for x in none))
