# ZeroDivisionError from float // 0.0.


def buckets(x: float, width: float) -> float:
    return x // width


print(buckets(10.0, 3.0))
print(buckets(-10.0, 3.0))
print(buckets(10.0, -0.0))
print("not reached")
