# Two names for one list see the same changes; [row] * n repeats one inner list.
a = [1, 2, 3]
b = a
b.append(4)
a[0] = 100
print(a, b)
shared = [[0] * 2] * 3
shared[0][1] = 5
print(shared)
separate: list[list[int]] = []
for i in range(3):
    separate.append([0] * 2)
separate[0][1] = 5
print(separate)
outer = [a, a]
a.pop()
print(outer)
