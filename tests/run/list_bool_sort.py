# Sorting list[bool] (one byte per item, ADR 0013): short lists (timsort), long
# ones (radix), with keys and reverse, and sorting by bool keys.
def bits(n: int, seed: int) -> list[bool]:
    out: list[bool] = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 7 < 3)
    return out


def key_int(b: bool) -> int:
    return 0 if b else 1


small = bits(13, 1)
print(sorted(small), sorted(small, reverse=True))
s2 = small.copy()
s2.sort(key=key_int)
print(s2)
s2.sort(key=lambda b: not b, reverse=True)
print(s2)
big = bits(1000, 7)
sb = sorted(big)
print(sb.count(False), sb.index(True), sb[:3], sb[-3:], sb == sorted(sb))
big.sort(reverse=True)
print(big.index(False), big[0], big[-1])
big.sort(key=key_int)
print(big.index(False), big[0], big[-1])
words = ["pear", "fig", "apple", "kiwi", "banana", "plum"]
print(sorted(words, key=lambda w: len(w) > 4))
print(sorted(words, key=lambda w: w.startswith("p"), reverse=True))
nums = list(range(600))
nums.sort(key=lambda v: v % 3 == 0)
print(nums[:5], nums[-5:])
