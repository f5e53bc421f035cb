def letter_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if ch != " ":
            counts[ch] = counts.setdefault(ch, 0) + 1
    return counts


def vowels_in(counts: dict[str, int]) -> set[str]:
    return {ch for ch in counts if ch in {"a", "e", "i", "o", "u"}}


text = "the quick brown fox jumps over the lazy dog"
c = letter_counts(text)
print(c)
print(len(c), len(vowels_in(c)), "e" in vowels_in(c))
common = {ch: n for ch, n in c.items() if n > 1}
print(common)
rare = set(c) - set(common)
print(len(rare), "z" in rare, "o" in rare)
