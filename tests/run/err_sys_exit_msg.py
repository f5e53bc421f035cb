# sys.exit("bye"): the message goes to stderr and the exit status is 1.
import sys

print("about to leave")
if 2 > 1:
    sys.exit("bye")
print("not reached")
