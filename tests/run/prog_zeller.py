# Day of the week with Zeller's congruence (0 = Saturday, ..., 6 = Friday).


def zeller(year: int, month: int, day: int) -> int:
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    return (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7


def print_day(d: int) -> None:
    if d == 0:
        print("Saturday")
    elif d == 1:
        print("Sunday")
    elif d == 2:
        print("Monday")
    elif d == 3:
        print("Tuesday")
    elif d == 4:
        print("Wednesday")
    elif d == 5:
        print("Thursday")
    else:
        print("Friday")


print(2000, 1, 1, end=" ")
print_day(zeller(2000, 1, 1))
print(1969, 7, 20, end=" ")
print_day(zeller(1969, 7, 20))
print(1776, 7, 4, end=" ")
print_day(zeller(1776, 7, 4))
print(2024, 2, 29, end=" ")
print_day(zeller(2024, 2, 29))
fridays13 = 0
for year in range(2000, 2030):
    for month in range(1, 13):
        if zeller(year, month, 13) == 6:
            fridays13 += 1
            if year >= 2026:
                print("Friday 13th:", year, month)
print("Friday the 13ths 2000-2029:", fridays13)
