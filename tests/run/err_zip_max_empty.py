# ValueError: max() arg is an empty sequence, of a zip that stops at once.
names = ["ann", "bob"]
for scores in [[3, 9], [7], []]:
    print(max(zip(scores, names)), min(enumerate(scores)) if scores else (-1, -1))
