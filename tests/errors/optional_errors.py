def find(xs: list[int], k: int) -> int | None:
    for i in range(len(xs)):
        if xs[i] == k:
            return i
    return None


def needs_int(n: int) -> int:
    return n


r = find([1, 2], 2)
print(r + 1)  # ERROR: cannot add 'int | None' and 'int'
print(needs_int(r))  # ERROR: argument 'n' of needs_int() must be int, not int | None
if r:  # ERROR: the truth of an int | None is not supported
    print("found")
if r is not None:
    r = None
    print(r * 2)  # ERROR: unsupported operand types for *: 'int | None' and 'int'
holes = [r]  # ERROR: a list cannot hold optional values (int | None)
pair = (r, 1)  # ERROR: a tuple cannot hold optional values (int | None)
bad: list[int | None] = []  # ERROR: a list cannot hold optional values
s: str | None = "x"
for i in range(2):
    if s is not None:
        print(len(s))
    s = None
print(len(s))  # ERROR: s may be None here


def must(n: int) -> int:
    return None  # ERROR: 'must' must return int, but this returns None


w = None  # ERROR: cannot assign None to 'w'
text = str(r)  # ERROR: str() of an int | None is not supported yet
q: int | None = 2.5  # ERROR: 'q' is annotated int | None but assigned float
dup: int | None | None = None  # ERROR: repeats None
