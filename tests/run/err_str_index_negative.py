# IndexError: string index out of range, for a negative index in a function.
def last_but(s: str, k: int) -> str:
    return s[-1 - k]


print(last_but("abc", 2))
print(last_but("abc", 3))
