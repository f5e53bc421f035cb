# round() of an infinite float cannot give an int.

x = 12345.5
while True:
    print(round(x) > 0, x)
    x = x * 1e305
