# ascii(x): repr(x) with non-ASCII code points escaped as \xhh, \uhhhh or \Uhhhhhhhh.

s = "héllo wörld € 😀 \x7f \x80 \xff \u0100 \uffff \U00010000 \U0010ffff"
print(ascii(s))
print(ascii(""), ascii("plain"), ascii("it's"), ascii('say "hi"'), ascii("both ' and \""))
print(ascii("tab\tnew\nline\\ \x00 \x1b"))
print(ascii(["é", "a"]), ascii(("ü",)), ascii({"ß": ["∑"]}), ascii({"ñ"}), ascii(["x"][:0]))
print(ascii(1), ascii(-2.5), ascii(True), ascii(None), ascii(range(3)), ascii([1.5, 2.0]))
text = ascii("naïve café")
print(text, len(text), text[1:6])
print(f"{'é'!a} {ascii('é') == repr('é')} {ascii('e') == repr('e')}")
for ch in "aé€😀":
    print(ch, ascii(ch), ord(ch))
