def clamp(x: int, low: int, high: int) -> int:
    return max(low, min(x, high))


def greet(times: int = 1) -> None:
    for _ in range(times):
        print("hello")


print(clamp(5, 0))  # ERROR: clamp() missing 1 required argument: 'high'
print(clamp(5, 0, 10, 20))  # ERROR: clamp() takes 3 positional arguments but 4 were given
greet(1, 2)  # ERROR: greet() takes from 0 to 1 positional arguments but 2 were given
greet()
