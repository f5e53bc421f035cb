# slicing with steps: code points, negative steps, omitted and out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-100:100])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[5:2], s[100:], s[-1:-4:-1], s[::3], s[::-3], s[9:0:-3])
u = "héllo wörld ∑"
print(u[1:4], u[::-1], u[-1], u[-3::-1], len(u[::2]))
n = 3
print(s[n:n + 2], s[-n:], s[:n * 2:n], s[True:])
word = "racecar"
print(word == word[::-1], "python"[::-1] == "nohtyp")
i = 0
while i < len(s):
    print(s[i:i + 4], end=" ")
    i += 4
print()
