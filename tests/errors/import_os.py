import math
import os  # ERROR: module 'os' is not supported; only 'math' and 'sys' can be imported
import numpy as np  # ERROR: module 'numpy' is not supported
from collections import Counter  # ERROR: module 'collections' is not supported
import math as m  # ERROR: 'import math as m' is not supported

print(math.sqrt(16.0))
