count = 0
while "running":  # ERROR: a str cannot be used as a condition
    count += 1
    if count > 3:
        break
if None:  # ERROR: None cannot be used as a condition
    print("never")
print(count)
