"""`python -m pyrite` is the `pyrite` command."""

import sys

from .cli import main

sys.exit(main())
