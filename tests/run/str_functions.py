# str parameters, returns and module globals (read and rebound with `global`).
prefix = ">> "
count = 0


def shout(text: str, times: int) -> str:
    out = ""
    for i in range(times):
        out = out + text + "!"
    return out


def tag(text: str) -> str:
    global prefix, count
    count += 1
    result = prefix + text
    prefix = prefix + ">"
    return result


def first_or(text: str, fallback: str) -> str:
    if text:
        return text[0]
    return fallback


print(shout("hey", 3))
print(tag("one"))
print(tag("two"))
print(prefix, count)
print(first_or("xyz", "?"), first_or("", "?"))
