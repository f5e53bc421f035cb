graph: dict[int, list[int]] = {}
edges = [1, 2, 1, 3, 2, 4, 3, 4, 4, 5]
for i in range(0, len(edges), 2):
    a = edges[i]
    b = edges[i + 1]
    if a not in graph:
        graph[a] = []
    graph[a].append(b)
    graph.setdefault(b, []).append(a)
print(graph)
table: dict[str, dict[str, float]] = {}
table["r"] = {"x": 1.5}
table["r"]["y"] = 2.0
table["s"] = {}
print(table, len(table["r"]))
sets: dict[str, set[int]] = {"a": {1, 2}}
sets["a"].add(3)
print(sets)
