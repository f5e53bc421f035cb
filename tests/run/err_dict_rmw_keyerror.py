# d[k] += 1 with k absent: KeyError with the key's repr, after the updates before it
# (irgen/dict_rmw.py's one-probe lowering raises it from dict_find_item).
def tally(counts: dict[str, int], words: list[str]) -> None:
    for w in words:
        counts[w] += 1
        print(w, counts)


counts: dict[str, int] = {"it's": 0, "b": 0}
tally(counts, ["b", "it's", "b", "nope"])
