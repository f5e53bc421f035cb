def find(limit: int) -> int:
    i = 0
    while i < limit:
        i += 1
    else:
        break  # ERROR: 'break' outside loop
    return i


for k in range(3):
    print(k)
continue  # ERROR: 'continue' not properly in loop
return 0  # ERROR: 'return' outside function
