# sys.exit(0) ends the program successfully; nothing after it runs.
import sys

for i in range(3):
    print(i)
    if i == 1:
        sys.exit(0)
print("not reached")
