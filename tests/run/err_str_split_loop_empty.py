# ValueError: empty separator, before the loop's first piece (as the list split() would build).
text = "a b c"
sep = " "
for w in text.split(sep):
    print(w)
for w in text.split(sep.strip()):
    print("never", w)
