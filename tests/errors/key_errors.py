words = ["pear", "fig", "kiwi"]
nums = [3, 1, 2]
print(sorted(words, key=lambda w, v: len(w)))  # ERROR: a key function takes 1 parameter (an element, str), not 2
print(sorted(words, key=lambda w: [w]))  # ERROR: the key function returns list[str]; keys must be int, float, bool, str or tuples of those
print(sorted(words, key=lambda w: w + 1))  # ERROR: cannot add 'str' and 'int'
print(sorted(5, key=lambda w: w))  # ERROR: 'int' object is not iterable
nums.sort(key=lambda x: x, reverse=1.5)  # ERROR: reverse= must be a bool, not float
print(min(nums, key=lambda x: -x, reverse=True))  # ERROR: min() got an unexpected keyword argument 'reverse'
