"""Allocation churn: build and drop N small lists and N short strings, one at a time.

Each step makes a three-element list and a string, reads them, and lets both
go. Reference counting frees each before the next step makes new ones, so the
peak memory stays flat however large N is: issue 3 asks for under 50 MB at
N = 10^7 (the figure is the peak RSS column of `pyrite bench`).
"""
# bench: quick N=200000

N = 10000000


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        xs = [i, i + 1, i + 2]
        s = str(i) + "!"
        total += xs[1] + len(s)
    return total


print(churn(N))
