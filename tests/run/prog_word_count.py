def tokens(text: str) -> list[str]:
    words: list[str] = []
    word = ""
    for ch in text:
        if ch == " " or ch == "\n" or ch == "," or ch == ".":
            if word != "":
                words.append(word)
            word = ""
        else:
            word += ch
    if word != "":
        words.append(word)
    return words


def count(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


text = "the cat sat on the mat. the dog sat on the log, and the cat ran.\nthe end"
counts = count(tokens(text))
print(counts)
best = ""
most = 0
for w, n in counts.items():
    if n > most:
        best = w
        most = n
print(best, most, len(counts))
