# for ch in s: iteration over code points, with break, continue and else.
def count_vowels(text: str) -> int:
    n = 0
    for ch in text:
        if ch == "a" or ch == "e" or ch == "i" or ch == "o" or ch == "u":
            n += 1
    return n


def reverse(text: str) -> str:
    out = ""
    for ch in text:
        out = ch + out
    return out


print(count_vowels("the quick brown fox jumps over the lazy dog"))
print(reverse("stressed"), reverse(""), reverse("añb😀"))
for ch in "abcdef":
    if ch == "b":
        continue
    if ch == "e":
        break
    print(ch)
else:
    print("not reached")
for ch in "xy":
    print(ch)
else:
    print("loop ended")
for ch in "":
    print("never")
print(ch)
