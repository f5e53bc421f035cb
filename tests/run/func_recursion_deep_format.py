# Deep recursion (990 frames, near CPython's limit) whose frames each round and
# format floats: on WebAssembly the formatting buffers live on the shadow stack,
# which must be big enough for all 990 of them.


def down(n: int, x: float) -> float:
    if n == 0:
        return x
    r = round(x * 1.5, 3)
    y = down(n - 1, r / 1.4999)
    if n % 100 == 0:
        print(n, r, y)
    return y + round(r, 2)


print(down(990, 1.25))
