# AssertionError without a message.

total = 0
for i in range(10):
    total += i
    assert total < 20
    print(i, total)
