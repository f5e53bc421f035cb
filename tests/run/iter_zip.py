names = ["ann", "bob", "cy", "dee"]
ages = [31, 42, 27]
for n, a in zip(names, ages):
    print(n, a)
for t in zip(ages, names):
    print(t)
for ch, num, fl in zip("abc", [1, 2, 3, 4], (1.5, 2.5, 3.5)):
    print(ch, num, fl)
for (x,) in zip([9, 8]):
    print(x)
dot = 0
for p, q in zip([1, 2, 3], [4, 5, 6]):
    dot += p * q
print(dot)
empty: list[str] = []
for es, en in zip(empty, ages):
    print("never")
else:
    print("zip of an empty list")
