def show(name_len: int, score: float, name: str) -> None:
    print(f"length {name_len:.2s} scored {score:.2f}")  # ERROR: Unknown format code 's' for object of type 'int'
    print(f"{name:d}")  # ERROR: Unknown format code 'd' for object of type 'str'
    print(f"{score:x}")  # ERROR: Unknown format code 'x' for object of type 'float'
    print(f"{name:=10}")  # ERROR: '=' alignment not allowed in string format specifier
    print(f"{show(1, 2.0, 'a')}")  # ERROR: 'show()' returns None
    print(f"{name_len:{name}}", f"{score!r:>8}")


show(4, 91.5, "ab")
