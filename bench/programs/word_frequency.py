"""Word frequency: generate a text of N words, count them in a dict, print the top ten.

Words are made of random syllables; the choice of word is skewed (the product
of two uniform draws) so that a few words are frequent, as in real text.
Sentences start with a capital and end with a full stop; counting strips
punctuation and lowercases, then ranks by count (ties: alphabetical).
"""
# bench: quick N=20000

N = 500000
VOCABULARY = 3000
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "en", "dra", "po", "li", "xu", "be", "zo", "qui"]
seed = 2024


def rand(k: int) -> int:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % k


def make_words(size: int) -> list[str]:
    words: list[str] = []
    for _ in range(size):
        parts = 1 + rand(3)
        word = ""
        for _ in range(parts):
            word += SYLLABLES[rand(len(SYLLABLES))]
        words.append(word)
    return words


def make_text(words: list[str], count: int) -> str:
    pieces: list[str] = []
    capital = True
    for _ in range(count):
        index = rand(len(words)) * rand(len(words)) // len(words)
        word = words[index]
        if capital:
            word = word[0].upper() + word[1:]
            capital = False
        if rand(12) == 0:
            word += "."
            capital = True
        elif rand(10) == 0:
            word += ","
        pieces.append(word)
        pieces.append("\n" if rand(15) == 0 else " ")
    return "".join(pieces)


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for token in text.split():
        word = token.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


counts = count_words(make_text(make_words(VOCABULARY), N))
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
print(len(counts), "distinct words")
for word, count in ranked[:10]:
    print(word, count)
