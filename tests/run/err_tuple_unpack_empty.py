xs: list[str] = []
print("before")
for a, b in [["p", "q"], xs]:
    print(a, b)
