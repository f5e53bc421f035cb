scores = {"ann": 91, "bob": 78, "cy": 85, "dee": 62, "eve": 99}
passed = {name: s for name, s in scores.items() if s >= 80}
print(passed)
curved = {name: s + 5 if s < 90 else 100 for name, s in scores.items()}
print(curved)
initials = {name[0] for name in scores if len(name) == 3 if name != "eve"}
print(len(initials), "a" in initials, "e" in initials)
grid = {r * 3 + c: (r + c) % 2 == 0 for r in range(3) for c in range(3)}
print(grid)
mods = {n % 7 for n in range(100) if n % 3 == 0}
print(mods)
table = {n: [n, n * 2, n * 3] for n in range(1, 4)}
print(table)
vals = {v for v in scores.values()}
print(vals == set([91, 78, 85, 62, 99]))
empty = {k: v for k, v in scores.items() if v > 1000}
print(empty, len(empty))
