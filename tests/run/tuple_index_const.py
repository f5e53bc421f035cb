t = (10, "b", 3.5, False, (1, 2))
print(t[0], t[1], t[2], t[3], t[4])
print(t[-1], t[-2], t[-3], t[-4], t[-5])
print(t[4][0] + t[4][-1])
same = (4, 5, 6)
i = 0
while i < len(same):
    print(same[i], same[-1 - i])
    i += 1
