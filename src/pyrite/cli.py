"""The `pyrite` command: run, build, targets, emit, opt, interp, fuzz, bench, reduce, bisect.

    pyrite run FILE.py [ARGS...]          compile in memory (JIT) and run
    pyrite build FILE.py -o OUT           a native executable for this machine
    pyrite build FILE.py --target T       ... or for T (aarch64-linux, wasm32-wasi, ...)
    pyrite run FILE.py --target T         build for T and run it (qemu-user, wasmtime, chromium)
    pyrite targets                        the supported targets and their status
    pyrite emit FILE.py --stage STAGE     show ast | ir | ir-opt | llvm | asm
    pyrite opt FILE.ir -p PASS[,PASS]     run passes on IR text, print the result
    pyrite interp FILE.(py|ir)            run with the IR interpreter
    pyrite fuzz --count N | --time S      generate programs, compare every stage with CPython
    pyrite bench [--quick] [--compare REF] benchmarks beside the peers, history, regression gate
    pyrite reduce FILE.py --mismatch      shrink a failing program (also --crash, --interesting CMD)
    pyrite bisect FILE.py [-O1|-O2]       the first pass application that changes the output

Exit status: the program's own for run/interp; 2 for input Pyrite rejects
(with diagnostics on stderr); 3 for an internal compiler error.
"""

from __future__ import annotations

import argparse
import os
import sys

from .diagnostics import CompileError, UsageError
from .driver.compile import Options
from .passes.manager import PassOptions

STAGES = ["ast", "ir", "ir-opt", "llvm", "asm"]

# Commands that parse their own options: name → module with `main(argv) -> int`.
OWN_PARSERS = {
    "fuzz": ".fuzz.campaign",
    "bench": ".bench.command",
    "reduce": ".fuzz.reduce",
    "bisect": ".fuzz.bisect",
}


def main(argv: list[str] | None = None) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] in OWN_PARSERS:  # a tool with its own option parser
        import importlib

        return importlib.import_module(OWN_PARSERS[argv[0]], __package__).main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except CompileError as err:
        _print_diagnostics(err)
        return 2
    except UsageError as err:
        print(f"pyrite: error: {err}", file=sys.stderr)
        if err.hint:
            print(f"hint: {err.hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BaseException as err:  # the compiler must never show the user a Python traceback
        if isinstance(err, SystemExit):
            raise
        return _internal_error(err)


def _print_diagnostics(err: CompileError) -> None:
    from .driver.compile import read_source

    sources: dict[str, str | None] = {}
    for diag in err.diagnostics:
        if diag.filename not in sources:
            try:
                sources[diag.filename] = read_source(diag.filename) if os.path.isfile(diag.filename) else None
            except CompileError:
                sources[diag.filename] = None
        print(diag.render(sources[diag.filename]), file=sys.stderr)
    count = len(err.diagnostics)
    if count > 1:
        print(f"{count} errors", file=sys.stderr)


def _internal_error(err: BaseException) -> int:
    from .ir.verifier import VerifyError

    if isinstance(err, VerifyError):
        for problem in err.problems:
            print(f"pyrite: error: {problem}", file=sys.stderr)
        return 2
    if os.environ.get("PYRITE_TRACEBACK"):
        import traceback

        traceback.print_exception(err)
    message = str(err).splitlines()[0] if str(err) else ""
    print(f"pyrite: internal compiler error: {type(err).__name__}: {message}", file=sys.stderr)
    print("hint: this is a bug in Pyrite; set PYRITE_TRACEBACK=1 to see where it happened", file=sys.stderr)
    return 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite", description="Compile statically typed Python to native code.")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="compile in memory and run (or build for --target and run there)")
    _add_compile_options(run)
    _add_target_option(run, "build for TARGET and run the result there (qemu-user, wasmtime or chromium); "
                             "default: compile in memory for this machine")
    run.add_argument("file")
    run.add_argument("program_args", nargs=argparse.REMAINDER)
    run.set_defaults(handler=_cmd_run)

    build = commands.add_parser("build", help="build a native executable")
    _add_compile_options(build)
    _add_target_option(build, "build for TARGET with Zig (a static musl executable, a .wasm module, "
                               "or for wasm32-web a directory); default: this machine, linked by cc")
    build.add_argument("file")
    build.add_argument("-o", "--output", help="executable to write (default: FILE without .py; "
                                              "FILE.wasm for wasm32-wasi, FILE-web/ for wasm32-web)")
    build.set_defaults(handler=_cmd_build)

    emit = commands.add_parser("emit", help="print one stage of the pipeline")
    _add_compile_options(emit)
    emit.add_argument("file")
    emit.add_argument("--stage", choices=STAGES, default="ir-opt")
    emit.set_defaults(handler=_cmd_emit)

    opt = commands.add_parser("opt", help="run passes over IR text and print the result")
    _add_pass_options(opt)
    opt.add_argument("file", help="an .ir file, or - for standard input")
    opt.add_argument("-p", "--passes", default="", help="comma-separated pass names")
    opt.set_defaults(handler=_cmd_opt)

    commands.add_parser("fuzz", help="differential fuzzing against CPython (pyrite fuzz --help)")
    commands.add_parser("bench", help="benchmarks beside C, CPython, PyPy and Numba (pyrite bench --help)")
    commands.add_parser("reduce", help="shrink a failing program, keeping its failure (pyrite reduce --help)")
    commands.add_parser("bisect", help="find the pass application that changes the output (pyrite bisect --help)")

    targets = commands.add_parser("targets", help="list the targets --target accepts, with their status")
    targets.set_defaults(handler=_cmd_targets)

    interp = commands.add_parser("interp", help="run a .py or .ir file with the IR interpreter")
    _add_compile_options(interp)
    interp.add_argument("file")
    interp.set_defaults(handler=_cmd_interp)
    return parser


def _add_compile_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    for level in (0, 1, 2):
        group.add_argument(f"-O{level}", dest="level", action="store_const", const=level)
    parser.set_defaults(level=2)
    _add_pass_options(parser)


def _add_target_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    from .driver.targets import TARGETS

    parser.add_argument("--target", choices=list(TARGETS), default=None, metavar="TARGET",
                        help=help_text + f" ({', '.join(TARGETS)})")


def _add_pass_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--print-after", action="append", default=[], metavar="PASS")
    parser.add_argument("--print-after-all", action="store_true")
    parser.add_argument("--time-passes", action="store_true")
    parser.add_argument("--verify-each", action="store_true")
    parser.add_argument("--disable-pass", action="append", default=[], metavar="PASS")
    parser.add_argument("--opt-bisect-limit", type=int, default=None, metavar="N")


def _options(args) -> Options:
    passes = PassOptions(
        print_after={p for group in args.print_after for p in group.split(",")},
        print_after_all=args.print_after_all,
        time_passes=args.time_passes,
        verify_each=args.verify_each,
        disabled={p for group in args.disable_pass for p in group.split(",")},
        bisect_limit=args.opt_bisect_limit,
    )
    return Options(level=getattr(args, "level", 2), passes=passes)


def _cmd_run(args) -> int:
    from .backend import run_jit
    from .driver.compile import python_to_optimized_ir

    options = _options(args)
    target, program_args = _target_after_file(args.target, args.program_args)
    if target is not None:
        from .driver.crossrun import build_and_run
        from .driver.targets import lookup

        return build_and_run(args.file, program_args, options, lookup(target))
    module = python_to_optimized_ir(args.file, options)
    sys.stdout.flush()
    return run_jit(module, options.level)


def _target_after_file(target: str | None, program_args: list[str]) -> tuple[str | None, list[str]]:
    """`pyrite run FILE.py --target T ARGS...`: a --target right after the file is
    Pyrite's, as it is before the file; `--` ends Pyrite's options (`-- --target`
    passes `--target` to the program)."""
    if program_args[:1] == ["--"]:
        return target, program_args[1:]
    if program_args[:1] == ["--target"] and len(program_args) >= 2:
        return program_args[1], program_args[2:]
    if program_args[:1] and program_args[0].startswith("--target="):
        return program_args[0].split("=", 1)[1], program_args[1:]
    return target, program_args


def _cmd_build(args) -> int:
    from .driver.build import build_executable, default_output
    from .driver.targets import lookup

    target = lookup(args.target) if args.target is not None else None
    build_executable(args.file, args.output or default_output(args.file, target), _options(args), target)
    return 0


def _cmd_targets(args) -> int:
    from .driver.targets import describe

    sys.stdout.write(describe())
    return 0


def _cmd_emit(args) -> int:
    from .driver.emit import emit_stage

    sys.stdout.write(emit_stage(args.file, args.stage, _options(args)))
    return 0


def _cmd_opt(args) -> int:
    from .driver.compile import read_source
    from .ir.parser import parse_module
    from .ir.printer import print_module
    from .ir.verifier import verify
    from .passes.manager import run_passes

    module = parse_module(read_source(args.file), args.file)
    verify(module)
    options = _options(args)
    names = [p for p in args.passes.split(",") if p]
    run_passes(module, names, options.passes)
    verify(module, after=names[-1] if names else None)
    sys.stdout.write(print_module(module))
    return 0


def _cmd_interp(args) -> int:
    from .driver.compile import python_to_optimized_ir, read_source
    from .ir.interp import run_module
    from .ir.parser import parse_module
    from .ir.verifier import verify

    if args.file.endswith(".ir"):
        module = parse_module(read_source(args.file), args.file)
        verify(module)
    else:
        module = python_to_optimized_ir(args.file, _options(args))
    status = run_module(module, sys.stdout, sys.stderr)
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
