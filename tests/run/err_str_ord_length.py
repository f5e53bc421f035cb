# TypeError: ord() expected a character, but string of length 2 found.
s = "abc"
print(ord(s[0]))
print(ord(s[0:2]))
