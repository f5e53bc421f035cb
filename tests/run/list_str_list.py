words = ["delta", "alpha", "charlie", "bravo"]
words.sort()
print(words, words.index("charlie"))
letters = list("mississippi")
print(letters.count("s"), sorted(letters), min(letters), max(letters))
unique: list[str] = []
for ch in letters:
    if ch not in unique:
        unique.append(ch)
print(unique, len(unique))
print([w if len(w) > 4 else "-" for w in words][1:3])
