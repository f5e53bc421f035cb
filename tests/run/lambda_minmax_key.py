words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(min(words, key=lambda w: len(w)), max(words, key=lambda w: len(w)))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: w[1]))
nums = [4, -9, 7, 9, -4, 2]
print(min(nums, key=lambda x: abs(x)), max(nums, key=lambda x: abs(x)))
print(max(nums, key=lambda x: x * 0.5), min(nums, key=lambda x: x > 0))
points = [3.5, -1.25, 2.0, -3.5]
print(max(points, key=lambda p: p * p))
