# A list is true when it is not empty: while xs, if not xs, bool(xs), and/or.
todo = [3, 1, 2]
while todo:
    print("doing", todo.pop())
print(bool(todo), not todo, bool([0]), bool([[0]]))
if not todo:
    print("all done")
more = todo or [42]
print(more, [1] and [2], [0] or [1])
print("some" if [0.0] else "none", "some" if todo else "none")
