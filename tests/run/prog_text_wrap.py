# Greedy word wrap to a width, then left, right, centre and justify the lines.
TEXT = ("Pyrite compiles a statically typed subset of Python to native code, "
        "with the exact semantics of CPython for the programs it accepts.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current == "":
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current != "":
        lines.append(current)
    return lines


def justify(line: str, width: int) -> str:
    words = line.split(" ")
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - len(line) + gaps
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + " " * n
    return out + words[-1]


for width in [24, 40]:
    lines = wrap(TEXT, width)
    print("+" + "-" * width + "+")
    for line in lines:
        print("|" + line.ljust(width) + "|", "|" + line.rjust(width) + "|")
    for line in lines:
        print("|" + line.center(width, ".") + "|", "|" + justify(line, width) + "|")
