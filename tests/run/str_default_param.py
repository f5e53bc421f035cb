# str parameters with str default values, passed by position and by keyword.
def greet(name: str = "world", punct: str = "!") -> str:
    return "hello, " + name + punct


def pad(text: str, width: int, fill: str = ".") -> str:
    while len(text) < width:
        text = text + fill
    return text


print(greet())
print(greet("ada"))
print(greet(punct="?"))
print(greet(punct="", name="grace"))
print(pad("ab", 5), pad("abc", 5, "-"), pad("long text", 3))
