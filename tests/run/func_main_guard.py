# The usual `if __name__ == "__main__":` entry point.
import sys

SIZE = 6


def triangle(n: int) -> int:
    return n * (n + 1) // 2


def main() -> int:
    for i in range(1, SIZE + 1):
        print(i, triangle(i))
    print("done")
    return 0


print("module top level runs first")

if __name__ == "__main__":
    code = main()
    print("main returned", code)
    sys.exit(code)
