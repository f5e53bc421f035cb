# UnboundLocalError: a local read before it is assigned on some path.


def pick(flag: bool) -> int:
    if flag:
        value = 42
    return value


print(pick(True))
print(pick(False))
