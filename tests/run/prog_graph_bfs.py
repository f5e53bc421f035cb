def bfs(graph: dict[int, list[int]], start: int) -> dict[int, int]:
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


graph: dict[int, list[int]] = {}
for i in range(30):
    graph[i] = []
for i in range(30):
    for j in [i * 2 % 30, (i * 7 + 3) % 30, (i + 1) % 30]:
        if j != i:
            graph[i].append(j)
d = bfs(graph, 0)
print(d)
print(len(d), max(d[5], d[29]))
far = 0
for node, steps in d.items():
    if steps > far:
        far = steps
print("eccentricity", far)
