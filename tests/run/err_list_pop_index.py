# IndexError: pop index out of range (the list is not empty).
xs = [[1], [2]]
print(xs.pop(-2), xs)
print(xs.pop(1))
