def area(width, height: float) -> float:  # ERROR: parameter 'width' of area() needs a type annotation
    return width * height


def report(value: float):  # ERROR: function 'report' needs a return type annotation
    print("value:", value)


report(area(2.0, 3.0))
