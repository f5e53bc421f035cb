# ==, !=, <, <=, >, >= on str values, chained comparisons (code point order, as CPython).
def show(a: str, b: str) -> None:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)


show("apple", "apple")
show("apple", "apples")
show("apple", "Apple")
show("", "a")
show("", "")
show("zebra", "aardvark")
show("é", "z")
show("😀", "é")
show("abc", "abd")
x = "m"
print("a" < x < "z", "a" < x < "b", "n" > x >= "m", x == "m" != "n")
words = ["pear", "apple", "fig"]
smallest = words[0]
for w in words:
    if w < smallest:
        smallest = w
print(smallest)
