def search(n: int) -> int:
    if (half := n // 2) > 3:  # ERROR: the walrus operator ':=' is not supported yet
        return half
    return n


values = {1: 2, 3: 4.5}  # ERROR: dict[int, int] cannot hold a float
seen = {1, "2"}  # ERROR: set[int] cannot hold a str
x = 5
print(x[0])  # ERROR: 'int' object is not subscriptable
print(x.real)  # ERROR: attribute access ('.real') is not supported yet
print(x.bit_length())  # ERROR: int method 'bit_length' is not supported yet
print(search(10))
