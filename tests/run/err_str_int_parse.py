# ValueError: invalid literal for int() with base 10.
for t in ["12", "-3"]:
    print(int(t))
word = "twelve"
print(int(word))
