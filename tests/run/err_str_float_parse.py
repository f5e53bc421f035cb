# ValueError: could not convert string to float.
parts = "1.5,2x".split(",")
print(float(parts[0]))
print(float(parts[1]))
