# sys.exit(message) with a computed str: the message goes to stderr, the status is 1.
import sys

count = 3
print("checking")
if count > 2:
    sys.exit("too many: " + str(count) + " items")
print("not reached")
