# Palindromes: normalise with lower/isalnum, compare with slicing, find the longest ones.


def clean(s: str) -> str:
    out = ""
    for c in s.lower():
        if c.isalnum():
            out += c
    return out


def is_palindrome(s: str) -> bool:
    t = clean(s)
    return t == t[::-1]


def longest_palindrome(s: str) -> str:
    best = ""
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            part = s[i:j]
            if part == part[::-1] and len(part) > len(best):
                best = part
    return best


phrases = ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Hello, World",
           "Was it a car or a cat I saw?", "", "ab", "Ésope reste ici et se repose"]
for p in phrases:
    print(f"{p!r:<36} {is_palindrome(p)!s:>5} {clean(p)[:10]!r}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_palindrome(s))
