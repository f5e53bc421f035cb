from typing import Callable


def transform(words: list[str], f: Callable[[str], str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.append(f(w))
    return out


words = ["alpha", "beta", "gamma"]
print(transform(words, lambda w: w + w))
print(transform(words, lambda w: w + "!"))
print(transform(words, lambda w: w[0] + w[-1]))
print(transform(words, lambda w: str(len(w))))
