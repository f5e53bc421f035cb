"""lit configuration for Pyrite's IR tests: each .ir file carries its RUN and CHECK lines.

    # RUN: %pyrite opt %s -p dce | filecheck %s

`%pyrite` runs this checkout's compiler with the Python that runs lit (no PATH
lookup), `filecheck` is the one installed beside that Python, and
`%exitstatus CMD...` runs CMD and then prints "exit status: N" (lit's `not`
only says "nonzero").
"""

import os
import shutil
import sys

import lit.formats

config.name = "pyrite-ir"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ir"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = config.test_source_root


def _quote(path: str) -> str:
    return f'"{path}"'


def _filecheck() -> str:
    beside = os.path.join(os.path.dirname(sys.executable), "filecheck")
    if os.path.isfile(beside):
        return _quote(beside)
    found = shutil.which("filecheck")
    return _quote(found) if found else f"{_quote(sys.executable)} -m filecheck"


python = _quote(sys.executable)
config.substitutions.append(("%pyrite", f"{python} -m pyrite"))
config.substitutions.append(
    ("%exitstatus", f"{python} {_quote(os.path.join(config.test_source_root, 'exit_status.py'))}"))
# Only the bare word `filecheck` at the start of a command, not inside a path or a file name.
config.substitutions.append((r"(?<![\w/.%-])filecheck(?![\w.-])", _filecheck()))

# IR files and program output are UTF-8 whatever the locale.
config.environment["PYTHONIOENCODING"] = "utf-8"
