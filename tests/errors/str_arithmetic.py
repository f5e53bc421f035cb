def label(n: int) -> None:
    print("item " + n)  # ERROR: cannot add 'str' and 'int'
    print("-" * 20.0)  # ERROR: can't multiply sequence by non-int of type 'float'
    print("item", n)


label(3)
name = "pyrite"
