s = {"b", "a"}
s.add("c")
print(len(s), "a" in s, "z" in s)
t = set(["x", "y", "x"])
print(len(t), "x" in t)
u = s | t
print(len(u), len(s & t), len(u - s))
s.discard("a")
print("a" in s, len(s))
print(s == {"b", "c"}, s != {"b"})
