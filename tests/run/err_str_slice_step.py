# ValueError: slice step cannot be zero.
s = "abcdef"
step = 2
print(s[::step])
step -= 2
print(s[::step])
