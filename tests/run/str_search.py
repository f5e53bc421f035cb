# find, rfind, index, rindex, count, startswith, endswith, with start/end bounds.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("dog"), s.find(""))
print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("xyz"), s.rfind(""))
print(s.index("sat"), s.rindex("the"), s.index("t", -5))
print(s.count("at"), s.count("the"), s.count(""), s.count("a", 5, 15), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith("cat", 4, 6), s.endswith("mat"))
print(s.endswith("on", 0, 14), s.endswith(""), "".startswith(""), s.find("t", -3))
print("héllo wörld".find("wö"), "héllo".count("l"), "日本語".index("語"))
print(s.find("at", 100), s.count("at", -100, 100), s.startswith("the", -100))
