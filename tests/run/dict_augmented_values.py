d: dict[str, list[int]] = {"a": [1]}
d["a"] += [2, 3]
alias = d["a"]
d["a"] += [4]
print(d, alias)
f = {"x": 1.5}
f["x"] *= 2
f["x"] -= 0.25
print(f)
s = {1: "a"}
s[1] += "b"
print(s)
counts = {True: 0, False: 0}
for i in range(10):
    counts[i % 3 == 0] += 1
print(counts)
n = {"k": 7}
n["k"] //= 2
n["k"] **= 3
n["k"] %= 5
print(n)
