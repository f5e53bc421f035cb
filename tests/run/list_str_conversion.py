# str(), repr() and print of lists, and a list in an assert message.
xs = [1, 2]
s = str(xs)
print(s, len(s), s[0], repr(xs) == s)
nested = [["a'b"], ["c"]]
print(str(nested), repr([0.5, -0.0]))
text = "xs=" + str(xs) + " floats=" + str([1.0, 1e100])
print(text)
assert len(xs) == 2, "xs is " + str(xs)
print("ok")
