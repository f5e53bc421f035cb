# Towers of Hanoi: print the moves for 4 discs, count the moves for more.

moves = 0


def hanoi(n: int, source: int, target: int, spare: int, show: bool) -> None:
    global moves
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, show)
    moves += 1
    if show:
        print("move disc", n, "from", source, "to", target)
    hanoi(n - 1, spare, target, source, show)


hanoi(4, 1, 3, 2, True)
print("moves:", moves)
for n in range(1, 16):
    moves = 0
    hanoi(n, 1, 3, 2, False)
    print(n, moves, moves == (1 << n) - 1)
