# str.format with automatic, numbered fields and format specs.
x = 2.71828
n = 42
name = "Ada"
print("{} is {} years old".format(name, n))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format(1, 2))
print("{:>8.3f}|{:<6d}|{:^9}|{:,}".format(x, n, name, 10**9))
print("{0:08.2f} {1:x} {1:#b} {2!r} {2:>5}".format(x, n, name))
print("{{literal}} {}".format(n), "{:%}".format(0.25), "{:.3e}".format(12345.678))
print("{}".format(True), "{}".format([1, 2]), "{!r}".format("q"), "{0:{1}}".format(n, 6))
template = "{:<10}{:>8}"
labels = ["apples", "pears"]
values = [3, 12]
for i in range(len(labels)):
    print(template.format(labels[i], values[i]))
print("no fields".format(), "{}-{}".format(1.5, -0.0))
