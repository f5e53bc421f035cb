# Happy numbers: repeatedly replacing n by the sum of squares of its digits reaches 1.


def step(n: int) -> int:
    s = 0
    while n > 0:
        d = n % 10
        s += d * d
        n //= 10
    return s


def is_happy(n: int) -> bool:
    slow = n
    fast = step(n)
    while fast != 1 and slow != fast:
        slow = step(slow)
        fast = step(step(fast))
    return fast == 1


count = 0
for n in range(1, 200):
    if is_happy(n):
        count += 1
        print(n, end=" ")
print()
print("happy below 200:", count)
total = 0
for n in range(1, 10001):
    if is_happy(n):
        total += 1
print("happy up to 10000:", total)
