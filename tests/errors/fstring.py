def show(name_len: int, score: float) -> None:
    print(f"length {name_len} scored {score:.2f}")  # ERROR: f-strings are not supported yet
    print("length", name_len, "scored", score)


show(4, 91.5)
