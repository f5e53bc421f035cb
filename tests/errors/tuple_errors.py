def swap_demo() -> None:
    a, b = 1, 2
    a, b = b, a
    q, r = divmod(17, 5)
    x, y, z = 1, 2  # ERROR: not enough values to unpack (expected 3, got 2)
    print(a, b, q, r, divmod(9, 4))


def pair() -> tuple[int, str]:
    return 1, 2  # ERROR: tuple[int, str] cannot hold an int at position 1


pair_t = 1, 2
p: tuple[int, int] = (1, "a")  # ERROR: tuple[int, int] cannot hold a str at position 1
print(pair_t[2])  # ERROR: tuple index out of range
print(pair_t[-3])  # ERROR: tuple index out of range
u, v = 1, 2, 3  # ERROR: too many values to unpack (expected 2)
first, *rest = 1, "a", 2.5  # ERROR: '*rest' would be a list of items of different types (str, float)
pair_t[0] = 5  # ERROR: 'tuple' object does not support item assignment
mixed = (1, "a")
k = 1
print(mixed[k])  # ERROR: a tuple[int, str] can only be indexed with a constant
print(mixed < (1, 2))  # ERROR: cannot compare 'tuple[int, str]' and 'tuple[int, int]'
print("a" in mixed)  # ERROR: 'in' on a tuple[int, str] is not supported
print(2.5 in pair_t)  # ERROR: cannot look for a float in a tuple[int, int]
many: tuple[int, ...] = (1, 2, "x")  # ERROR: tuple[int, ...] cannot hold a str
h, i = 5  # ERROR: cannot unpack a value of type int
m: tuple[int, ..., int] = (1, 2)  # ERROR: '...' is allowed only as the second item
nested: tuple[int, tuple[str, float]] = (1, ("a", 2))  # ERROR: tuple[str, float] cannot hold an int at position 1
swap_demo()
print(tuple())  # ERROR: tuple() with no argument has no element type
print(tuple((1, "a")))  # ERROR: cannot loop over a tuple[int, str]: its items have different types
ints: tuple[int, ...] = (1, 2)
floats: tuple[float, ...] = (0.5,)
print(mixed[k:])  # ERROR: a tuple[int, str] can only be sliced with constant bounds
print(mixed[::0])  # ERROR: slice step cannot be zero
print(ints[0.5:])  # ERROR: slice indices must be integers or None
print(mixed * k)  # ERROR: unsupported operand types for *: 'tuple[int, str]' and 'int'
print(ints * 1.5)  # ERROR: unsupported operand types for *: 'tuple[int, ...]' and 'float'
print(ints + floats)  # ERROR: cannot add 'tuple[int, ...]' and 'tuple[float, ...]'
print(ints + mixed)  # ERROR: cannot add 'tuple[int, ...]' and 'tuple[int, str]'
print(ints - ints)  # ERROR: unsupported operand types for -
print(mixed.count(1))  # ERROR: tuple.count() on a tuple[int, str] is not supported
print(ints.index("a"))  # ERROR: the argument of tuple.index() must be an int, not a str
print(ints.count())  # ERROR: tuple.count() takes exactly 1 argument (0 given)
print(ints.index(1, 0.5))  # ERROR: 'float' object cannot be interpreted as an integer
print(ints.count(x=1))  # ERROR: tuple.count() takes no keyword arguments
print(ints.sort())  # ERROR: 'tuple[int, ...]' object has no attribute 'sort'
print(pair_t < (1, "a", 2))  # ERROR: cannot compare 'tuple[int, int]' and 'tuple[int, str, int]'
pair_t += (3,)  # ERROR: would make 'pair_t' tuple[int, int, int], but it is tuple[int, int]
pairs = {(1, 2)}
print(ints in pairs)  # ERROR: a tuple[int, ...] cannot be looked up in a set[tuple[int, int]]
