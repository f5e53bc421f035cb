def label(n: int) -> None:
    print("item " + n)  # ERROR: cannot add 'str' and 'int'
    print("-" * 20)  # ERROR: unsupported operand types for *: 'str' and 'int'
    print("item", n)


label(3)
name = "pyrite"
