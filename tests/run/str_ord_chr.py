# ord and chr, across ASCII and beyond.
for ch in "Az09 ~é€😀":
    print(ch, ord(ch), chr(ord(ch)) == ch)
print(chr(65) + chr(98), chr(0x263A), ord("\n"), repr(chr(0)), repr(chr(127)))
shift = 3
word = "attack at dawn"
out = ""
for c in word:
    if "a" <= c <= "z":
        out += chr((ord(c) - ord("a") + shift) % 26 + ord("a"))
    else:
        out += c
print(out)
total = 0
for c in "checksum":
    total = (total * 31 + ord(c)) % 1000003
print(total)
