def position(t: tuple[str, ...], word: str) -> int:
    return t.index(word)


words: tuple[str, ...] = tuple("the cat sat".split())
print(position(words, "cat"), words.index("sat", 1, 3))
print(position(words, "dog"))
