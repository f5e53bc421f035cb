# A variable keeps the type of its first assignment.
total = 0
for i in range(10):
    total = total + i * 0.5  # ERROR: cannot assign float to 'total', which is int

ratio = 1.0
ratio = 2  # ERROR: cannot assign int to 'ratio', which is float

done = False
done = 0  # ERROR: cannot assign int to 'done', which is bool
print(total, ratio, done)
