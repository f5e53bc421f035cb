import math


def dist(p: tuple[float, float], q: tuple[float, float]) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def closest_pair(pts: list[tuple[float, float]]) -> tuple[float, int, int]:
    best = (math.inf, -1, -1)
    for i, p in enumerate(pts):
        for j in range(i + 1, len(pts)):
            d = dist(p, pts[j])
            if (d, i, j) < best:
                best = (d, i, j)
    return best


def bbox(pts: list[tuple[float, float]]) -> tuple[tuple[float, float], tuple[float, float]]:
    lo_x, lo_y = pts[0]
    hi_x, hi_y = pts[0]
    for x, y in pts:
        lo_x = min(lo_x, x)
        lo_y = min(lo_y, y)
        hi_x = max(hi_x, x)
        hi_y = max(hi_y, y)
    return (lo_x, lo_y), (hi_x, hi_y)


seed = 12345
points: list[tuple[float, float]] = []
for k in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    x = (seed % 1000) / 10.0
    seed = (seed * 1103515245 + 12345) % 2147483648
    y = (seed % 1000) / 10.0
    points.append((x, y))
d, i, j = closest_pair(points)
print(round(d, 6), i, j, points[i], points[j])
lo, hi = bbox(points)
print(lo, hi)
ranked: list[tuple[int, tuple[float, float]]] = []
for n, p in enumerate(points):
    if p[0] > 50.0 and p[1] > 50.0:
        ranked.append((n, p))
print(len(ranked), ranked[0])
