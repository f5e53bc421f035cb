# The Ackermann function for small arguments (deeply recursive).


def ack(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


calls = 0


def ack_count(m: int, n: int) -> int:
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack_count(m - 1, 1)
    return ack_count(m - 1, ack_count(m, n - 1))


for m in range(0, 4):
    for n in range(0, 5):
        print(m, n, ack(m, n))
print(ack(2, 100), ack(3, 5))
print(ack_count(2, 3), calls)
