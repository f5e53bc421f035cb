def parse_digit(s: str) -> int | None:
    if len(s) != 1:
        return None
    for i, d in enumerate("0123456789"):
        if d == s:
            return i
    return None


def total(tokens: list[str]) -> int:
    acc = 0
    for tok in tokens:
        d = parse_digit(tok)
        if d is None:
            continue
        acc = acc * 10 + d
    return acc


def first_word(text: str) -> str | None:
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                return word
        else:
            word += ch
    if word == "":
        return None
    return word


def shout(text: str) -> str:
    w = first_word(text)
    if w is None:
        return "(nothing)"
    return w + "!"


print(total(["1", "x", "2", "33", "7"]))
print(parse_digit("5"), parse_digit("a"), parse_digit(""))
print(shout("  hi there"), shout("   "), shout("solo"))
