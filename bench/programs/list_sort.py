"""list.sort() of N pseudo-random ints (issue 3's sort figure, N = 10^6), then a checksum."""
# bench: quick N=20000

N = 1000000


def main(n: int) -> None:
    seed = 12345
    xs: list[int] = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append(seed - 1073741824)
    xs.sort()
    check = 0
    for i in range(0, n, 1000):
        check = (check * 31 + xs[i]) % 1000000007
    print(xs[0], xs[n // 2], xs[n - 1], check)


main(N)
