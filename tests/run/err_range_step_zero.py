# ValueError: range() arg 3 must not be zero.

step = 2
while True:
    total = 0
    for i in range(0, 10, step):
        total += i
    print(step, total)
    step -= 1
