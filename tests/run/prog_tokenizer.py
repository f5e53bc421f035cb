# Tokenise arithmetic with isdigit/isspace/find, then evaluate with two stacks.
OPS = "+-*/()"


def tokenize(src: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(src[i:j])
            i = j
        elif OPS.find(c) >= 0:
            tokens.append(c)
            i += 1
        else:
            raise ValueError("bad character " + repr(c))
    return tokens


def prec(op: str) -> int:
    return 2 if op in "*/" else 1


def apply(values: list[float], op: str) -> None:
    b = values.pop()
    a = values.pop()
    if op == "+":
        values.append(a + b)
    elif op == "-":
        values.append(a - b)
    elif op == "*":
        values.append(a * b)
    else:
        values.append(a / b)


def evaluate(src: str) -> float:
    values: list[float] = []
    ops: list[str] = []
    for tok in tokenize(src):
        if tok[0].isdigit():
            values.append(float(tok))
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                apply(values, ops.pop())
            ops.pop()
        else:
            while len(ops) > 0 and ops[-1] != "(" and prec(ops[-1]) >= prec(tok):
                apply(values, ops.pop())
            ops.append(tok)
    while len(ops) > 0:
        apply(values, ops.pop())
    return values[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "2 * (3 + 4) * (5 - 1)", " 42 ", "1.5*1.5"]:
    toks = tokenize(expr)
    print(f"{expr!r:<26} {len(toks):2d} tokens {' '.join(toks):<24} = {evaluate(expr):g}")
