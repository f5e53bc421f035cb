# raise ValueError(message) with a computed str message.
def parse_digit(ch: str) -> int:
    digits = "0123456789"
    for i in range(10):
        if digits[i] == ch:
            return i
    raise ValueError("not a digit: " + repr(ch))


print(parse_digit("7"))
print(parse_digit("x"))
