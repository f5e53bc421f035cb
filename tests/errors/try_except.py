def safe_div(a: int, b: int) -> int:
    try:  # ERROR: try/except is not supported yet
        return a // b
    except ZeroDivisionError:
        return 0


print(safe_div(7, 0))
