def last_digit(n: int) -> int:
    return n % 10


nums = [15, 22, 31, 44, 5, 12, 91, 3]
nums.sort(key=last_digit)
print(nums)
nums.sort(key=lambda n: -n)
print(nums)
nums.sort(key=lambda n: n // 10, reverse=True)
print(nums)
names = ["bob", "Al", "carol", "Di"]
names.sort(key=lambda s: s[1])
print(names)
names.sort(key=lambda s: len(s), reverse=False)
print(names)
