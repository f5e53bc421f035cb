words = ["pear", "fig", "banana", "kiwi", "apple", "date", "Cherry"]
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: len(w), reverse=True))
print(sorted(words, key=lambda w: w[1]))
print(sorted(words, key=lambda w: w[-1]))
print(words)
nums = [5, -3, 2, -8, 7, 0, 3, -2]
print(sorted(nums, key=lambda x: x * x))
print(sorted(nums, key=lambda x: abs(x) * 0.5, reverse=True))
print(sorted(nums, key=lambda x: x % 3 == 0))
empty: list[int] = []
print(sorted(empty, key=lambda x: x + 1))
