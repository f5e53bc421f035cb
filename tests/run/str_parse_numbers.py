# int(s) and float(s) of computed str values, and int(s, base).
texts = ["42", " -17 ", "+3", "1_000", "007", "0"]
for t in texts:
    print(repr(t), int(t), float(t))
for t in ["2.5", "-0.0", "1e3", "  .5 ", "inf", "-Infinity", "nan", "1_0.2_5"]:
    print(repr(t), float(t))
print(int("ff", 16), int("-101", 2), int("0x1F", 16), int("z", 36), int("0o17", 0), int("10", 0))
row = "3 14 15 92 65"
nums: list[int] = []
for part in row.split():
    nums.append(int(part))
print(nums)
total = 0.0
for part in "1.5,2.25,-0.75".split(","):
    total += float(part)
print(total)
