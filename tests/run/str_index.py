# s[i] with positive and negative indices; indices count code points, not bytes.
s = "héllo, wörld 😀"
print(s[0], s[1], s[-1], s[-2], s[7], s[8])
i = 0
out = ""
while i < len(s):
    out = out + s[i] + "."
    i += 1
print(out)
k = -1
back = ""
while k >= -len(s):
    back += s[k]
    k -= 1
print(back)
print(s[True], "abc"[2], ("x" + "y")[0])
