def interval(start: float, stop: float, step: float = 1.0) -> int:
    return int((stop - start) / step)


print(interval(0.0, 10.0, step=2.5))
print(interval(0.0, 10.0, stride=2.5))  # ERROR: interval() got an unexpected keyword argument 'stride'
print(interval(start=0.0, end=1.0))  # ERROR: interval() got an unexpected keyword argument 'end'
