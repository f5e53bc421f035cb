# IndexError: string index out of range.
s = "héllo"
print(s[4], s[-5])
print(s[5])
