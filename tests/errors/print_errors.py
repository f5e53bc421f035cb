import sys

SEP = 1
print(1, 2, sep=", ", end="!\n")
print(1, 2, sep=None)
print(1, 2, sep=SEP)  # ERROR: print() sep= must be a str literal or None
print("done", file=sys.stderr)  # ERROR: print() keyword 'file' is not supported
print(__name__)
print(print)  # ERROR: builtin 'print' cannot be used as a value
