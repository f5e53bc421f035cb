# str values: literals, variables, concatenation, len, printing (ASCII and beyond).
greeting = "hello"
name = "wörld"
line = greeting + ", " + name + "!"
print(line)
print(len(greeting), len(name), len(line), len(""))
empty = ""
print(empty + greeting + empty, len(empty + empty))
emoji = "😀 ok"
print(emoji, len(emoji), emoji + emoji)
mixed = "tab\tnew\\line"
print(mixed, len(mixed))
print("a" + "b" == "ab", greeting, name, sep="|")
print(greeting, end="")
print(name)
