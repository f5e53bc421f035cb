# range() with one, two and three arguments, positive and negative steps,
# and empty ranges.


def show(start: int, stop: int, step: int) -> None:
    print(start, stop, step, ":", end="")
    count = 0
    for v in range(start, stop, step):
        print("", v, end="")
        count += 1
    print(" |", count)


for v in range(5):
    print(v, end=" ")
print()
for v in range(3, 8):
    print(v, end=" ")
print()
show(0, 10, 3)
show(10, 0, -1)
show(10, 0, -3)
show(0, -10, -3)
show(-5, 5, 2)
show(5, -5, -2)
show(5, 5, 1)
show(5, 0, 1)
show(0, 5, -1)
show(-3, -3, -1)
show(0, 1, 100)
show(100, 0, -100)
show(-10, -1, 4)
show(7, -7, -7)
n = 0
for v in range(-3):
    n += 1
print("range(-3) ran", n, "times")
for v in range(10, 0, -1):
    if v % 4 == 0:
        continue
    print(v, end=",")
print()
acc = 0
for i in range(10):
    i = i * 2
    acc += i
print(acc)
