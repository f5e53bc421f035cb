# ValueError: chr() arg not in range(0x110000).
n = 0x10FFFF
print(len(chr(n)))
print(chr(n + 1))
