# IndexError: Replacement index 2 out of range for positional args tuple.
fmt = "{0} {1}"
print(fmt.format("a", "b"))
fmt = fmt + " {2}"
print(fmt.format("a", "b"))
