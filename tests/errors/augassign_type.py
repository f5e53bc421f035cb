def halve_all(n: int) -> int:
    x = n
    x /= 2  # ERROR: 'x /= ...' would make 'x' float, but it is int
    x += 0.5  # ERROR: 'x += ...' would make 'x' float, but it is int
    x //= 2
    return x


found = False
found += 1  # ERROR: 'found += ...' would make 'found' int, but it is bool
print(halve_all(10), found)
