# ValueError: empty separator.
text = "a b c"
sep = " "
print(text.split(sep))
print(text.split(sep.strip()))
