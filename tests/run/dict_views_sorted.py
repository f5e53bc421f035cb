# dict and set contents as lists: list(d), sorted(d.items(), key=...), tuple keys


def ranking(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def main() -> None:
    counts: dict[str, int] = {}
    for word in "the cat and the dog and the bird saw a cat".split():
        counts[word] = counts.get(word, 0) + 1
    print(list(counts))
    print(list(counts.keys()), list(counts.values()))
    print(list(counts.items()))
    print(sorted(counts), sorted(counts.values(), reverse=True))
    print(ranking(counts))
    for word, n in ranking(counts)[:3]:
        print(f"{word:>5} {n}")
    print(min(counts.items(), key=lambda kv: (kv[1], kv[0])))
    print(max(counts.items(), key=lambda kv: (kv[1], kv[0])))
    primes = {7, 2, 11, 3, 5}
    print(list(primes), sorted(primes, reverse=True), sum(primes), max(primes))
    print(sorted(primes, key=lambda p: (p % 3, -p)))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "c")]
    pairs.sort(key=lambda p: (p[0], p[1]))
    print(pairs, sorted(pairs, reverse=True))
    empty: dict[int, float] = {}
    print(list(empty), list(empty.items()), sorted(empty.values()))


main()
