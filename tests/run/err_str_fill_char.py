# TypeError: The fill character must be exactly one character long.
fill = "*"
print("ab".center(6, fill))
print("ab".center(6, fill * 2))
