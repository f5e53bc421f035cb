"""Allocation churn across every size class of the runtime's allocator and past it.

Strings of 0 to 700 characters, lists grown by append to 0 to 150 items (their
buffers are reallocated through the size classes and out of them), dicts, sets
and tuples are made in a loop; some are kept in a ring so that blocks are freed
out of order while others are being allocated, the rest are dropped at once.
Checksums of what was built are printed; CPython computes the same ones.
"""


def make_str(i: int) -> str:
    n = (i * 37) % 701
    return chr(97 + i % 26) * n + str(i)


def make_list(i: int) -> list[int]:
    xs: list[int] = []
    for k in range((i * 13) % 151):
        xs.append(k * i % 1000)
    return xs


def make_dict(i: int) -> dict[str, int]:
    d: dict[str, int] = {}
    for k in range((i * 7) % 40):
        d["k" + str(k)] = k + i
    if i % 3 == 0 and len(d) > 2:
        del d["k1"]
    return d


def make_set(i: int) -> set[int]:
    s: set[int] = set()
    for k in range((i * 11) % 60):
        s.add(k * 3 + i % 5)
    return s


def churn(rounds: int) -> list[int]:
    ring_s: list[str] = [""] * 17
    ring_l: list[list[int]] = [[] for _ in range(23)]
    ring_d: list[dict[str, int]] = [{} for _ in range(11)]
    sums = [0, 0, 0, 0, 0]
    for i in range(rounds):
        s = make_str(i)
        sums[0] += len(s) + ord(s[-1])
        ring_s[i % 17] = s + s[: i % 9]
        xs = make_list(i)
        xs.extend(xs[: len(xs) // 3])
        while len(xs) > 40:
            xs.pop()
        sums[1] += sum(xs) + len(xs)
        ring_l[(i * 5) % 23] = xs
        d = make_dict(i)
        sums[2] += len(d) + sum(d.values())
        ring_d[(i * 3) % 11] = d
        st = make_set(i)
        sums[3] += len(st) + sum(st)
        t = (s, len(xs), i)
        sums[4] += t[1] + len(t[0]) % 7
    for s in ring_s:
        sums[0] += len(s)
    for xs in ring_l:
        sums[1] += len(xs)
    for d in ring_d:
        sums[2] += len(d)
    return sums


print(churn(3000))
words = [make_str(i)[:5] for i in range(200)]
print(len(" ".join(words)), sorted(words)[:3])
