# Functions returning None: bare return, implicit return, pass.


def greet(times: int) -> None:
    if times <= 0:
        print("nothing to do")
        return
    for i in range(times):
        print("hello", i)


def nothing() -> None:
    pass


def early(n: int) -> None:
    i = 0
    while True:
        if i * i > n:
            print("first square above", n, "is", i * i)
            return
        i += 1


def side(x: int) -> None:
    print("side effect", x)
    return


greet(0)
greet(2)
nothing()
early(50)
early(0)
side(7)
for k in range(3):
    side(k * 10)
