pairs = [i * 10 + j for i in range(4) for j in range(4) if i != j]
print(pairs)
tri = [[j for j in range(i)] for i in range(5)]
print(tri)
flat = [x for row in tri for x in row]
print(flat)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(m, t)
chars = [a + b for a in "xy" for b in "12" if a != "y" or b != "2"]
print(chars)
x = "outer"
print([x for x in [x, x]])
print(x)
print([[y * z for y in range(z)] for z in range(1, 4) if z != 2])
