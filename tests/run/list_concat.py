# list + list makes a new list; xs += ys extends xs in place (aliases see it).
a = [1, 2]
b = [3]
c = a + b
print(a, b, c, a + [] + b + a)
alias = a
a += [10, 20]
print(a, alias)
a += a
print(a, alias, len(a))
words = ["x"] + ["y", "z"]
words += ["w"]
print(words)
rows = [[1]] + [[2, 3]]
rows[0] += [4]
print(rows)
