# Sorting records (parallel lists) by keys: an index list sorted by a key that
# reads the records, as a small leaderboard.
names = ["ada", "grace", "linus", "guido", "barbara", "ken"]
scores = [88, 95, 72, 95, 88, 60]
ages = [36, 85, 54, 67, 82, 80]

order = [0, 1, 2, 3, 4, 5]
by_score = sorted(order, key=lambda i: scores[i], reverse=True)
for i in by_score:
    print(names[i], scores[i], ages[i])
print(sorted(order, key=lambda i: len(names[i])))
oldest = max(order, key=lambda i: ages[i])
youngest = min(order, key=lambda i: ages[i])
print("oldest", names[oldest], "youngest", names[youngest])
order.sort(key=lambda i: names[i])
print(order)
print(sorted(names, key=lambda n: n[-1]))
print(sorted(order, key=lambda i: scores[i] * 1000 - ages[i]))
