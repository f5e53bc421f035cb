ws = ["a", "b"]
print(ws.index("b"))
print(ws.index("q"))
