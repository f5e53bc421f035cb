s = {1, 2, 3}
print(len(s))
for x in s:
    s.add(x * 10)
