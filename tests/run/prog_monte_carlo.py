# Monte-Carlo estimate of pi with a hand-written linear congruential generator.
# The state is masked to 31 bits so every intermediate value fits in 64 bits.

MASK = (1 << 31) - 1
state = 20240601


def next_rand() -> int:
    global state
    state = (state * 1103515245 + 12345) & MASK
    return state >> 8


def uniform() -> float:
    return next_rand() / 8388608.0


inside = 0
trials = 0
for batch in range(10):
    for i in range(2000):
        x = uniform()
        y = uniform()
        if x * x + y * y < 1.0:
            inside += 1
        trials += 1
    print(trials, inside, 4.0 * inside / trials)
total = 0.0
for i in range(1000):
    total += uniform()
print("mean", total / 1000.0)
hist0 = 0
hist1 = 0
hist2 = 0
hist3 = 0
for i in range(4000):
    b = next_rand() % 4
    if b == 0:
        hist0 += 1
    elif b == 1:
        hist1 += 1
    elif b == 2:
        hist2 += 1
    else:
        hist3 += 1
print(hist0, hist1, hist2, hist3, state)
