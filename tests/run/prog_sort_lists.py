# Insertion sort and bubble sort on lists, in place, for ints, floats and strs.
def insertion_sort(xs: list[int]) -> None:
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def bubble_sort_str(xs: list[str]) -> int:
    swaps = 0
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
    return swaps


nums = [5, -2, 9, 0, 3, 3, -7, 12]
insertion_sort(nums)
print(nums)
seed = 12345
data: list[int] = []
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
insertion_sort(data)
print(data[0], data[150], data[-1], len(data))
words = ["pear", "Apple", "fig", "banana", "apple", "é", "Zed"]
print(bubble_sort_str(words), words)
