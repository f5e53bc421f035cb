e: list[str] = []
print(max(e))
