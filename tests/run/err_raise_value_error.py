# raise ValueError with a message, from inside nested calls.


def check(n: int) -> int:
    if n > 3:
        raise ValueError("custom")
    return n * 2


def run(limit: int) -> None:
    for i in range(limit):
        print(i, check(i))


run(3)
print("first run ok")
run(10)
