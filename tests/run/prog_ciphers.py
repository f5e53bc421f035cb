# Caesar and Vigenère ciphers with ord/chr, round-tripped.


def shift_char(c: str, k: int) -> str:
    if c.isupper():
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    if c.islower():
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    return c


def caesar(text: str, k: int) -> str:
    out = ""
    for c in text:
        out += shift_char(c, k)
    return out


def vigenere(text: str, key: str, sign: int) -> str:
    out: list[str] = []
    j = 0
    for c in text:
        if c.isalpha():
            k = ord(key[j % len(key)].lower()) - ord("a")
            out.append(shift_char(c, sign * k))
            j += 1
        else:
            out.append(c)
    return "".join(out)


message = "Attack at Dawn! Meet by the old Oak, 7pm."
for k in [1, 3, 13, 25]:
    secret = caesar(message, k)
    print(f"{k:2d} {secret} {caesar(secret, -k) == message}")
v = vigenere(message, "Lemon", 1)
print(v)
print(vigenere(v, "Lemon", -1))
letters = 0
for c in v:
    if c.isalpha():
        letters += 1
print("letters: %d of %d (%.1f%%)" % (letters, len(v), 100 * letters / len(v)))
