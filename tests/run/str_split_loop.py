# `for w in s.split()` and `for w in s.split(sep)` walk the string piece by piece
# (no list is built): the pieces, their order and every edge must be split()'s.


def words(text: str) -> list[str]:
    out: list[str] = []
    for w in text.split():
        out.append(w)
    return out


def fields(line: str, sep: str) -> list[str]:
    out: list[str] = []
    for f in line.split(sep):
        out.append(f)
    return out


ascii_chars = "".join([chr(i) for i in range(128)])
print(words(ascii_chars) == ascii_chars.split(), len(words(ascii_chars)))
for i in range(128):
    c = chr(i)
    print(i, c.isspace(), words("a" + c + "b"), repr(("x" + c + "y").strip()))
unicode_spaces = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x85"
print(words("é" + unicode_spaces + "ü\u200bß"), words(unicode_spaces))
for text in ["", " ", "  \t\n ", "one", " lead", "trail ", "  a  b  ", "a\x1cb\x1dc\x1ed\x1fe", "мир  дом\tκόσμε"]:
    print(repr(text), words(text), words(text) == text.split())
for sep in [",", ", ", "ab", "aa", "é", "\u3000"]:
    for line in ["", ",", "a,b", "a,,b,", ", ,", "abab", "xaby", "ab", "aaa", "aaaa", "éaé", "x\u3000y\u3000"]:
        print(repr(line), repr(sep), fields(line, sep), fields(line, sep) == line.split(sep))

counts: dict[str, int] = {}
for token in "The cat, the dog. The END".split():
    word = token.strip(".,").lower()
    counts[word] = counts.get(word, 0) + 1
print(counts)
print([w.upper() for w in "x y  z".split()], {w: len(w) for w in "aa b ccc".split(" ")})
print(sorted({w for w in "b a b c a".split()}))
for i, (w, n) in enumerate(zip("p q r".split(), [1, 2])):
    print(i, w, n)
for w in "a b c".split(None):
    print(w)
    if w == "b":
        break
else:
    print("no break")
for w in "a b c".split():
    print(w, end=";")
else:
    print("done")
text = "keep this text"
for w in text.split():
    text = "rebinding does not change the loop"
    print(w)
print(sum(len(w) for w in "ab cde f".split()), max(len(w) for w in "ab,cde,f".split(",")))
