# replace with and without a count, and a few edge cases.
s = "one fish two fish red fish"
print(s.replace("fish", "bird"))
print(s.replace("fish", "cat", 2), s.replace("fish", "", 1))
print(s.replace("x", "y"), s.replace(" ", ""), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("ééé".replace("é", "e"), "tab\there".replace("\t", "    "))
print(s.replace("fish", "FISH", 0), s.replace("fish", "F", -1))
text = "a-b_c d"
for ch in "-_ ":
    text = text.replace(ch, ".")
print(text)
