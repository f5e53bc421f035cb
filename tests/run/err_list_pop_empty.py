# IndexError: pop from empty list.
xs = [1]
print(xs.pop())
print(xs.pop())
