# strip / lstrip / rstrip, with and without chars; removeprefix/removesuffix.
s = "\t  padded text \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = "xxyhelloyxx"
print(t.strip("xy"), t.lstrip("x"), t.rstrip("xy"), t.strip(""))
print(repr("   ".strip()), repr("".strip("a")), "abc".strip("cba") == "")
print("www.example.com".strip("cmowz."), "  ü  ".strip(), "éaé".strip("é"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "abc".removeprefix("x"))
line = "  key = value  "
key = line.split("=")[0].strip()
value = line.split("=")[1].strip()
print(key + ":" + value)
print(s.strip(None) == s.strip())
