# sys.exit(3): no traceback, exit status 3.
import sys


def finish(code: int) -> None:
    print("finishing with", code)
    sys.exit(code)


for i in range(3):
    print("work", i)
finish(3)
print("not reached")
