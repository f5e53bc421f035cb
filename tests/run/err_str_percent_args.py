# TypeError: not enough arguments for format string.
fmt = "%s=%s"
print(fmt % ("a", 1))
fmt = fmt + " %d"
print(fmt % ("a", 1))
