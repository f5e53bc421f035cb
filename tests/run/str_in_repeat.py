# `in` / `not in` on str, and s * n / n * s.
s = "hello world"
print("lo" in s, "xyz" in s, "" in s, "world" not in s, "W" not in s)
vowels = "aeiou"
count = 0
for ch in s:
    if ch in vowels:
        count += 1
print(count)
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 5, "é" * 4, "ab" * True, False * "ab")
n = 4
line = "=" * n + "|" + "-" * (n * 2)
print(line, len(line))
print(("a" if "a" in s else "b") * 2)
for k in range(1, 4):
    print(" " * (3 - k) + "*" * (2 * k - 1))
