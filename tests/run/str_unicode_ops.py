# Unicode: slicing, searching, padding and case work on code points.
s = "naïve café – 日本語 😀!"
print(len(s), s[6:10], s[-2], s[::-1], s.upper(), s.find("日"), s.count("é"))
print(s.split(" "), s.replace("é", "e"), "😀" in s, s.index("–"))
print(repr(s[12:15].center(9, "·")), s[:5].rjust(8, "ø"), "Straße".upper(), "İ".lower() == "i̇")
print(f"{s[:5]:>8}|{s[-4:]:^9}|{'日本':*<6}", "{:>6}".format("ü"), "%-5s|" % "ß")
print(ord(s[-2]), chr(ord("日") + 1), "ΑΒΓ".lower(), "ǅ".istitle(), "ⅷ".isnumeric())
