s = {(1, "a"), (2, "b")}
s.remove((1, "a"))
print(len(s))
s.remove((1, "a"))
