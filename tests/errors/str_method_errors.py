s = "a b c"
n = 3
print(s.splt())  # ERROR: str has no method 'splt'
print(s.split(1))  # ERROR: split() argument 'sep' must be str or None, not int
print(s.find(2))  # ERROR: find() argument 'sub' must be str, not int
print(s.zfill(2.5))  # ERROR: 'float' object cannot be interpreted as an integer
print(s.upper(1))  # ERROR: upper() takes no arguments (1 given)
print(s.replace("a"))  # ERROR: replace() takes from 2 to 3 arguments (1 given)
print(s.strip(chars="a"))  # ERROR: str.strip() takes no keyword arguments
print(s.split(sepp=","))  # ERROR: 'sepp' is an invalid keyword argument for split()
print("-".join([1, 2]))  # ERROR: list[str] cannot hold an int
xs = [1, 2]
print("-".join(xs))  # ERROR: join() needs an iterable of str, not of int
print(s.center("5"))  # ERROR: 'str' object cannot be interpreted as an integer
print(s.format(**{"x": 1}))  # ERROR: star arguments (*args, **kwargs) in calls are not supported yet
print(s.push("x"))  # ERROR: str has no method 'push'
print(s[1.5:])  # ERROR: slice indices must be integers or None or have an __index__ method
print(3 in s)  # ERROR: 'in <string>' requires string as left operand, not int
print("ab" * "c")  # ERROR: can't multiply sequence by non-int of type 'str'
print(ord(n))  # ERROR: ord() expected string of length 1, but int found
print(ord("ab"))  # ERROR: ord() expected a character, but string of length 2 found
print(chr("a"))  # ERROR: 'str' object cannot be interpreted as an integer
print(int(n, 2))  # ERROR: int() can't convert non-string with explicit base
print(f"{n:s}")  # ERROR: Unknown format code 's' for object of type 'int'
print("%d" % print())  # ERROR: 'print()' returns None
print(s.lenght())  # ERROR: str has no method 'lenght'
