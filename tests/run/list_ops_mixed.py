stack: list[int] = []
for i in range(6):
    stack.append(i * i)
    if i % 2 == 1:
        stack.insert(0, -i)
print(stack)
stack.sort()
print(stack, stack.index(9), 9 in stack)
stack.remove(-1)
del stack[1:3]
print(stack, len(stack))
queue = ["a", "b", "c"]
queue.extend(["d"])
first = queue.pop(0)
queue.reverse()
print(first, queue, sorted(queue), queue[::2])
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix, max([max(r) for r in matrix]))
