# dict methods and loops with tuple keys: get, setdefault, pop, update, copy,
# clear, keys / values / items, unpacking a key in the loop target.
edges: dict[tuple[str, str], int] = {("a", "b"): 3, ("b", "c"): 1, ("a", "c"): 7}
print(edges.get(("a", "b"), -1), edges.get(("c", "a"), -1))
print(edges.setdefault(("c", "d"), 2), edges.setdefault(("a", "b"), 99))
print(edges.pop(("b", "c")), edges.pop(("x", "y"), 0))
print(edges)
for k in edges:
    print(k, edges[k])
for src, dst in edges:
    print(src + "->" + dst)
for k in edges.keys():
    print(k[0], k[1])
for v in edges.values():
    print(v)
for (src, dst), w in edges.items():
    print(src, dst, w)
for k, w in edges.items():
    print(k, w)

copy = edges.copy()
copy.update({("a", "b"): 0, ("z", "z"): 26})
print(copy, edges == copy)
copy.clear()
print(copy, len(copy), bool(copy))


def total_weight(d: dict[tuple[str, str], int], start: str) -> int:
    total = 0
    for (s, _), w in d.items():
        if s == start:
            total += w
    return total


def reversed_edges(d: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for (s, t), w in d.items():
        out[t, s] = w
    return out


print(total_weight(edges, "a"), reversed_edges(edges))

var: dict[tuple[int, ...], str] = {(): "none", (1,): "one", (1, 2): "two"}
var[1, 2, 3] = "three"
pair = (1, 2)
print(var[pair], pair in var, (3, 2, 1) in var, var.get((9,), "?"), var)
print(var.pop(pair), var)
