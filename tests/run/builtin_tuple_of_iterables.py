# tuple(it) of a list, str, range, tuple, dict and set gives a tuple[T, ...]; sorted/set/list of a str.

s = "héllo😀"
print(sorted(s), sorted(s, reverse=True), sorted(s, key=lambda c: -ord(c)))
print(sorted(""), sorted("bab"), list(""), len(set("")), set("a"), set("aaa"), list(s))
print(tuple([1, 2]), tuple(s), tuple(range(3)), tuple(range(10, 0, -3)), tuple((1.5, 2.5)), tuple(""))
t = tuple([[1], [2]])
t[0].append(3)
print(t, len(t), t[1], t[-1], t == ([1, 3], [2]))
u: tuple[str, ...] = tuple(sorted(s))
print(u, u[5], tuple(u) == u, tuple(reversed(u)))
print(tuple({1: "a", 2: "b"}), tuple({7}), tuple(enumerate("ab")), tuple(zip([1, 2], "xy")))
empty: list[int] = []
e = tuple(empty)
print(e, len(e), e == (), tuple(range(0)))
words = ["b", "a"]
frozen = tuple(words)
words.append("c")
print(frozen, words, tuple(words[1:]))
print(frozen[2])
