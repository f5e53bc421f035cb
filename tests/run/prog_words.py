# Splitting text into words by hand, counting and finding the longest.
def split_words(text: str) -> list[str]:
    words: list[str] = []
    current = ""
    for ch in text:
        if ch == " " or ch == "," or ch == ".":
            if current:
                words.append(current)
            current = ""
        else:
            current += ch
    if current:
        words.append(current)
    return words


text = "the quick brown fox, jumps over the lazy dog. The end"
words = split_words(text)
print(words, len(words))
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest)
count = 0
for w in words:
    if w == "the":
        count += 1
print(count)
joined = ""
for i in range(len(words)):
    if i:
        joined = joined + "-"
    joined = joined + words[-1 - i]
print(joined)
