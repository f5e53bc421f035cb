# A list of strings built and dropped in a loop, and one kept: no leak either way.
kept: list[str] = []
for round_ in range(300):
    words: list[str] = []
    for i in range(20):
        words.append("w" + str(i) + "-" + str(round_))
    if round_ % 100 == 0:
        kept.append(words[round_ % 20])
    words = []
print(kept, len(kept))
line = ""
for word in ["alpha", "beta", "gamma"]:
    line = line + word[0]
print(line)
