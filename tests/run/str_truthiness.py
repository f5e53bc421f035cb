# A str is true when it is not empty: if, while, not, bool(), and/or values.
def describe(s: str) -> str:
    if s:
        return "non-empty"
    else:
        return "empty"


print(describe(""), describe("a"), bool(""), bool(" "), not "", not "x")
name = ""
shown = name or "anonymous"
print(shown, "a" and "b", "" and "b", "a" or "b", "" or "")
text = "abc"
while text:
    print(text)
    if len(text) == 1:
        text = ""
    else:
        text = text[1] + text[2] if len(text) == 3 else text[1]
print(repr(text))
print("yes" if "x" else "no", "yes" if "" else "no")
