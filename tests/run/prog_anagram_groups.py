def key_of(word: str) -> str:
    counts: dict[str, int] = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    letters = "abcdefghijklmnopqrstuvwxyz"
    key = ""
    for ch in letters:
        if ch in counts:
            key += ch + str(counts[ch])
    return key


words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups: dict[str, list[str]] = {}
for w in words:
    k = key_of(w)
    if k not in groups:
        groups[k] = []
    groups[k].append(w)
for k, ws in groups.items():
    print(k, ws, len(ws))
