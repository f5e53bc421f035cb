# A reverse Polish notation calculator: tokens in a list[str], a float stack.
def evaluate(tokens: list[str]) -> float:
    stack: list[float] = []
    for tok in tokens:
        if tok == "+" or tok == "-" or tok == "*" or tok == "/":
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            value = 0.0
            for ch in tok:
                value = value * 10 + digit(ch)
            stack.append(value)
    return stack[0]


def digit(ch: str) -> float:
    digits = "0123456789"
    for i in range(10):
        if digits[i] == ch:
            return float(i)
    return 0.0


print(evaluate(["3", "4", "+", "2", "*"]))
print(evaluate(["5", "1", "2", "+", "4", "*", "+", "3", "-"]))
print(evaluate(["22", "7", "/"]))
