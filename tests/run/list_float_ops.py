fs = [1.5, -2.25, 3.0, 0.1, 0.2]
print(sum(fs), min(fs), max(fs), sorted(fs))
print([round(f * 2, 1) for f in fs])
print(fs.index(3.0), fs.count(0.1), 0.3 in fs)
fs[1:3] = [9.5]
print(fs)
print([x for x in fs if x > 1.0])
