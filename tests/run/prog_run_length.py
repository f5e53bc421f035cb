# Run-length compression: counts as text, decoded with isdigit, int() and str times n.


def encode(s: str) -> str:
    if s == "":
        return ""
    out: list[str] = []
    prev = s[0]
    n = 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(str(n) + prev)
            prev = c
            n = 1
    out.append(f"{n}{prev}")
    return "".join(out)


def decode(s: str) -> str:
    out = ""
    digits = ""
    for c in s:
        if c.isdigit():
            digits += c
        else:
            out += c * int(digits)
            digits = ""
    return out


for text in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc",
             "", "ééé∑∑", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]:
    e = encode(text)
    d = decode(e)
    print(repr(e), d == text, len(text), len(e), "%.2f" % (len(e) / len(text) if text else 0.0))
