squares = [i * i for i in range(10)]
print(squares)
evens = [x for x in squares if x % 2 == 0]
print(evens)
print([c + c for c in "abc"], [float(i) / 2 for i in range(4)])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words if len(w) > 4], [w[0] for w in words])
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
print([x > 2 for x in [1, 2, 3, 4]])
print([[i] * i for i in range(4)])
n = 0
print([n for n in range(3)], n)
