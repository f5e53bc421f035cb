# upper, lower and friends; character classes.
words = ["Hello", "WORLD", "mixed Case", "ß", "Éclair", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for s in ["123", "12.5", "abc", "abc1", " \t\n", "", "ⅷ", "٣", "Ab", "ab", "AB", "x y"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isdecimal(), s.isnumeric(),
          s.islower(), s.isupper(), s.istitle(), s.isascii(), s.isidentifier(), s.isprintable())
