# list[bool] and list[str]: reprs with quotes and escapes, as CPython prints them.
bs = [True, False, 1 > 2, not False]
print(bs, bs[0] and bs[3], len(bs))
ss = ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "new\nline", "back\\slash", "é😀", ""]
print(ss)
for s in ss:
    print(len(s), s)
print(str(ss) == repr(ss), str(bs))
