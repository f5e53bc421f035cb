# Word frequency: split, normalise, count with parallel lists, sort, report.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""


def normalise(word: str) -> str:
    return word.strip(".,;:!?\"'").lower()


def count_words(text: str, words: list[str], counts: list[int]) -> int:
    total = 0
    for raw in text.split():
        w = normalise(raw)
        if w == "":
            continue
        total += 1
        found = -1
        for i in range(len(words)):
            if words[i] == w:
                found = i
                break
        if found < 0:
            words.append(w)
            counts.append(1)
        else:
            counts[found] += 1
    return total


def sort_by_count(words: list[str], counts: list[int]) -> None:
    for i in range(1, len(words)):
        j = i
        while j > 0 and (counts[j] > counts[j - 1] or (counts[j] == counts[j - 1] and words[j] < words[j - 1])):
            words[j], words[j - 1] = words[j - 1], words[j]
            counts[j], counts[j - 1] = counts[j - 1], counts[j]
            j -= 1


words: list[str] = []
counts: list[int] = []
total = count_words(TEXT, words, counts)
sort_by_count(words, counts)
print(f"{total} words, {len(words)} distinct")
for k in range(8):
    share = counts[k] / total
    print(f"{k + 1:>2}. {words[k]:<12}{counts[k]:>4} {share:6.1%} " + "#" * counts[k])
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest:", longest, len(longest), "| rarest:", words[-1].upper())
top: list[str] = []
for k in range(5):
    top.append(words[k])
print(" ".join(top).title())
