# Building a str in a loop: each step makes a new str and frees the old one.
s = ""
for i in range(100000):
    s = s + "x"
print(len(s), s[0], s[-1])
digits = ""
n = 0
while n < 3000:
    digits += str(n % 10)
    n += 1
print(len(digits), digits[1234], digits[-1])
