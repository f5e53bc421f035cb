# append, pop() and pop(i) (negative too), as a stack and a queue.
stack: list[int] = []
for i in range(6):
    stack.append(i * 10)
print(stack, len(stack))
print(stack.pop(), stack.pop(), stack)
print(stack.pop(0), stack.pop(-1), stack.pop(1), stack)
queue = [1, 2, 3]
queue.append(4)
while queue:
    print("served", queue.pop(0), "left", len(queue))
queue.append(99)
print(queue, queue.pop(False))
