# ValueError: slice step cannot be zero, slicing a range.
r = range(100)
for step in [7, -13, 50, 0]:
    print(step, r[::step], r[5:60:step])
