# ValueError: negative shift count.

s = 2
while True:
    print(s, 1 << s, 256 >> s)
    s -= 1
