def is_prime(n: int) -> bool:
    return n > 1 and all([n % d != 0 for d in range(2, n) if d * d <= n])


ps = [n for n in range(60) if is_prime(n)]
print(ps)
gaps = [ps[i + 1] - ps[i] for i in range(len(ps) - 1)]
print(gaps, max(gaps), gaps.count(2))
goldbach = [[p, n - p] for n in range(4, 30, 2) for p in ps if p <= n - p and is_prime(n - p)]
print(goldbach[:6], len(goldbach))
