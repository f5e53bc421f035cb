# str(KeyError(x)) is repr(x): CPython's last stderr line quotes the message.
# Found by `pyrite fuzz` (seed 73): Pyrite printed it unquoted.
def lookup(key: int) -> int:
    if key > 3:
        raise KeyError("no such key")
    return key * 2


print(lookup(2))
print(lookup(5))
