def greet(name: str | None = None, times: int | None = None) -> str:
    who = "world"
    if name is not None:
        who = name
    n = 1
    if times is not None:
        n = times
    out = ""
    for _ in range(n):
        out += "hello " + who + "; "
    return out


def safe_div(a: int, b: int) -> float | None:
    if b == 0:
        return None
    return a / b


print(greet())
print(greet("ann"))
print(greet(times=2))
print(greet("bob", 3))
print(greet(None, 1))
for b in range(-1, 2):
    r = safe_div(6, b)
    if r is None:
        print("undefined")
    else:
        print(r * 2)
print(safe_div(1, 0), safe_div(1, 4))
