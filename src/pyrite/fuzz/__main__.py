"""`python -m pyrite.fuzz ...`, the same as `pyrite fuzz ...`."""

import sys

from .campaign import main

sys.exit(main())
