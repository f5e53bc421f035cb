# min/max of 2+ strs (code point order, the first of equals wins) and of a list[str].

a = "pear"
b = "apple"
print(min(a, b), max(a, b, "zz"), min(a, b, "apple"), max("", a))
print(min("é", "e", "z"), max("é", "\U0001f600", "ÿ"), min("\U0001f600", "\uffff"))
print(min("ab", "a"), max("ab", "a"), min("B", "a"), max("", ""))
words = ["kiwi", "Fig", "apple", "fig", "éclair", "😀x"]
print(min(words), max(words), min(words, key=lambda w: len(w)), max(words, key=lambda w: w.lower()))
print(min(["only"]), max(["b", "b"]), min("hello"), max("h€llo"))
best = ""
for w in words:
    best = max(best, w)
    print(best, min(w, best))
empty: list[str] = []
print(max(empty))
