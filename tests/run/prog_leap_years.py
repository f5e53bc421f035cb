# Leap years in the Gregorian calendar, days in months, day of the year.


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    if month == 4 or month == 6 or month == 9 or month == 11:
        return 30
    return 31


def day_of_year(year: int, month: int, day: int) -> int:
    total = day
    for m in range(1, month):
        total += days_in_month(year, m)
    return total


for y in range(1896, 1912):
    print(y, is_leap(y))
print(is_leap(1600), is_leap(1700), is_leap(1800), is_leap(1900), is_leap(2000), is_leap(2100))
count = 0
for y in range(1, 2401):
    if is_leap(y):
        count += 1
print("leap years in 2400 years:", count)
print(day_of_year(2024, 12, 31), day_of_year(2023, 12, 31), day_of_year(2024, 3, 1), day_of_year(2000, 2, 29))
days = 0
for y in range(1970, 2025):
    days += 366 if is_leap(y) else 365
print("days 1970..2024:", days)
