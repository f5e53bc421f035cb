xs = [5, -2, 9, 0, 3, 3, -7]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
fs = [2.5, -1.0, 0.0, 1e10, -3.25]
fs.sort()
print(fs)
ws = ["pear", "apple", "Zebra", "fig", "apple"]
ws.sort()
print(ws)
ws.sort(reverse=True)
print(ws)
bs = [True, False, True, False]
bs.sort()
print(bs)
nested = [[3, 1], [2], [3], [2, 5], []]
nested.sort()
print(nested)
big = [(i * 7919) % 1000 for i in range(500)]
big.sort()
print(big[:5], big[-5:], len(big))
