# Lists are passed by reference: a function that changes its parameter changes the caller's list.
def push_squares(out: list[int], n: int) -> None:
    for i in range(n):
        out.append(i * i)


def zero_first(xs: list[int]) -> int:
    old = xs[0]
    xs[0] = 0
    return old


def rebind(xs: list[int]) -> list[int]:
    xs = [7, 7]  # a new list for the local name only
    xs.append(8)
    return xs


data: list[int] = []
push_squares(data, 5)
print(data)
print(zero_first(data), data)
other = rebind(data)
print(data, other)


def fill(grid: list[list[int]], value: int) -> None:
    for row in grid:
        for j in range(len(row)):
            row[j] = value


g = [[1, 2], [3, 4]]
fill(g, 9)
print(g)
