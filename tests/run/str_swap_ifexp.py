# str values in tuple assignment and conditional expressions.
a = "left"
b = "right"
a, b = b, a
print(a, b)
n = 3
word = "odd" if n % 2 == 1 else "even"
print(word, "many" if n > 2 else "few")
x, y, z = "1", "2", "3"
x, y, z = z, x, y
print(x + y + z)
