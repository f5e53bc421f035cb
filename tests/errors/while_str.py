count = 0
while "running":
    count += 1
    if count > 3:
        break
if None:  # ERROR: None cannot be used as a condition
    print("never")
print(count)
