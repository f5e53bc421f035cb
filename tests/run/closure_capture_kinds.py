from typing import Callable


def describe(name: str, scores: list[int], weight: float, strict: bool) -> Callable[[int], str]:
    def show(i: int) -> str:
        mark = "!" if strict else "?"
        return name + ":" + str(scores[i] * weight) + mark

    return show


s = describe("ann", [3, 4, 5], 1.5, True)
print(s(0), s(2))
t = describe("bob", [10], 0.5, False)
print(t(0))
