# A function may call functions defined later in the module.


def main() -> None:
    for i in range(1, 8):
        print(i, square(i), cube_root_ish(float(i)), helper_flag(i))


def square(n: int) -> int:
    return n * n


def cube_root_ish(x: float) -> float:
    guess = x
    for i in range(30):
        guess = guess - (guess * guess * guess - x) / (3.0 * guess * guess)
    return guess


def helper_flag(n: int) -> bool:
    return square(n) % 2 == 1


main()
