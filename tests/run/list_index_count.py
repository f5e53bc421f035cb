xs = [5, 3, 5, 7, 5, 1]
print(xs.index(5), xs.index(5, 1), xs.index(5, 3, 6), xs.index(1, -2))
print(xs.count(5), xs.count(9), xs.count(1))
words = ["a", "b", "a", "c"]
print(words.index("c"), words.count("a"), words.count("z"))
grid = [[1, 2], [3], [1, 2]]
print(grid.count([1, 2]), grid.index([3]))
bs = [True, False, True]
print(bs.count(True), bs.index(False))
