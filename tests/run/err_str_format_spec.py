# ValueError: Unknown format code 'd' for object of type 'float' (a spec computed at run time).
x = 2.5
code = ".1f"
print(f"{x:{code}}")
code = "d"
print(f"{x:{code}}")
