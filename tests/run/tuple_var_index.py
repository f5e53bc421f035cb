def pick(t: tuple[int, ...], i: int) -> int:
    return t[i]


nums: tuple[int, ...] = (5, 8, 13, 21)
print(len(nums), nums[0], nums[-1])
for i in range(len(nums)):
    print(i, pick(nums, i), pick(nums, -1 - i))
words: tuple[str, ...] = ("x", "yy", "zzz")
n = 0
for w in words:
    n += len(w)
print(n, words)
none: tuple[float, ...] = ()
print(none, len(none), bool(none), bool(words))
if nums:
    print("nums is not empty")
