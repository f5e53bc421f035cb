# The Collatz conjecture, explored with plain typed Python.
#
# Start from any positive integer n. If n is even, halve it; if it is odd,
# replace it with 3n + 1. The conjecture says you always reach 1. Nobody has
# proved it, but every number ever tried does.
#
# This program prints a few sequences, then finds the start below a bound with
# the longest chain. It is ordinary Python (run it with `python3`), and it is
# also a Pyrite program: every function has annotated parameters and return
# type, locals keep one type, and ints stay within 64 bits.
#
#     python3 examples/collatz.py
#     pyrite run -O2 examples/collatz.py

# The search bound for the longest chain. Every peak reached by a start below
# this bound is far below 2**63, so 64-bit ints are plenty.
BOUND = 20000


def next_term(n: int) -> int:
    # One Collatz step.
    if n % 2 == 0:
        return n // 2
    return 3 * n + 1


def chain_length(n: int) -> int:
    # How many terms the sequence from n has, counting n and the final 1.
    length = 1
    while n != 1:
        n = next_term(n)
        length += 1
    return length


def peak(n: int) -> int:
    # The largest term the sequence from n reaches.
    highest = n
    while n != 1:
        n = next_term(n)
        highest = max(highest, n)
    return highest


def show_sequence(n: int) -> None:
    # Print the whole sequence from n on one line.
    print(n, end="")
    while n != 1:
        n = next_term(n)
        print(" ->", n, end="")
    print()


def main() -> None:
    print("A few sequences:")
    show_sequence(6)
    show_sequence(7)
    show_sequence(12)
    show_sequence(19)
    print()

    # 27 is famous: a small start whose chain climbs past 9000 before falling.
    print("27 needs", chain_length(27), "terms and peaks at", peak(27))
    print()

    # Search every start below BOUND for the longest chain.
    best_start = 1
    best_length = 1
    for n in range(1, BOUND):
        length = chain_length(n)
        if length > best_length:
            best_start = n
            best_length = length
    print("Longest chain below", BOUND, "starts at", best_start, "with", best_length, "terms")
    print("It peaks at", peak(best_start))

    # Record holders: each start whose chain is longer than every smaller start's.
    print()
    print("Record chain lengths below 1000:")
    record = 0
    for n in range(1, 1000):
        length = chain_length(n)
        if length > record:
            record = length
            print("  start", n, "length", length)


if __name__ == "__main__":
    main()
