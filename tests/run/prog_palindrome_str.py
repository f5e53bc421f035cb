# Palindromes over str values: reverse by indexing, compare, collect.
def reverse(s: str) -> str:
    out = ""
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out


def is_palindrome(s: str) -> bool:
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


found: list[str] = []
for w in ["level", "rotor", "pyrite", "", "a", "abba", "abca", "été", "😀x😀"]:
    if is_palindrome(w) and reverse(w) == w:
        found.append(w)
print(found)
n = 0
for k in range(1, 2000):
    if is_palindrome(str(k)):
        n += 1
print(n, reverse(str(123456789)))
