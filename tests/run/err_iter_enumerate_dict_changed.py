# RuntimeError: dictionary changed size during iteration, seen through enumerate.
d = {1: "a", 2: "b"}
for i, k in enumerate(d):
    print(i, k)
    if i == 1:
        d[10 + i] = "new"
print("not reached")
