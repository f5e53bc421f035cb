def merge(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


data = [(i * 7907 + 13) % 1009 - 500 for i in range(600)]
result = merge_sort(data)
print(result[:8], result[-4:], result == sorted(data), len(result))
print(merge_sort([]), merge_sort([1]), merge_sort([2, 1]))
