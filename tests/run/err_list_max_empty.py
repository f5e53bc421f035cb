e: list[str] = []
print(len(e), max(["b", "a"]))
print(max(e))
