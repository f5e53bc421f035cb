# FizzBuzz, printing string literals and numbers.


def fizzbuzz(n: int) -> None:
    for i in range(1, n + 1):
        if i % 15 == 0:
            print("FizzBuzz")
        elif i % 3 == 0:
            print("Fizz")
        elif i % 5 == 0:
            print("Buzz")
        else:
            print(i)


fizzbuzz(30)
fizz = 0
buzz = 0
both = 0
for i in range(1, 1001):
    if i % 15 == 0:
        both += 1
    elif i % 3 == 0:
        fizz += 1
    elif i % 5 == 0:
        buzz += 1
print(fizz, buzz, both)
