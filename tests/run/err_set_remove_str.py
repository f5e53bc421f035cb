s = {"a"}
print(len(s))
s.remove("b")
