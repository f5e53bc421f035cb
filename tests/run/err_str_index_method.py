# ValueError: substring not found.
s = "hello"
print(s.index("l"), s.rindex("l"))
print(s.index("z"))
