def swap_demo() -> None:
    a, b = 1, 2
    a, b = b, a
    q, r = divmod(17, 5)
    x, y, z = 1, 2  # ERROR: cannot unpack 2 values into 3 names
    print(a, b, q, r, divmod(9, 4))


pair = 1, 2  # ERROR: tuples are not supported here
print((3, 4))  # ERROR: tuples are not supported here
d = divmod(7, 2)  # ERROR: cannot store a tuple in 'd'
first, *rest = 1, 2, 3  # ERROR: starred assignment ('*rest') is not supported yet
swap_demo()
