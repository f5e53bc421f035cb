def squares(n: int) -> list[int]:
    i = -1
    out = [i * i for i in range(n)]
    print(i)
    return out


def uses_param(xs: list[int], k: int) -> list[int]:
    return [x * k for x in xs if x > k]


total = 0
for v in [i + 1 for i in range(3)]:
    total += v
print(total, squares(4), uses_param([1, 5, 2, 9], 2))
i = 7
vals = [i for i in range(2)]
print(i, vals)
big = [[r * c for c in range(r)] for r in range(4)]
print([len(row) for row in big], sum([sum(row) for row in big]))
