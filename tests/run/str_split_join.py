# split with and without a separator, maxsplit, rsplit, join of list[str].
text = "  alpha beta\tgamma\n delta  "
words = text.split()
print(words, len(words))
print(text.split(" "))
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("one  two three".split(None, 1), "one  two three".rsplit(None, 1))
print("x".split(","), "".split(","), "".split())
print("a::b::c".split("::"), "a::b::c".split(sep="::", maxsplit=1))
print(", ".join(words), "".join(["x", "y", "z"]), "-".join([]))
parts: list[str] = []
for w in words:
    parts.append(w.upper())
print("|".join(parts))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("é ü ö".split(" "), "∑".join(["1", "2"]))
