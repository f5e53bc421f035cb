"""`pyrite fuzz`: run generated programs through the oracle in worker processes.

    pyrite fuzz --count 200 --jobs 2 --keep /tmp/fails
    pyrite fuzz --time 600 --seed 1000 --native o2

Programs are seeds S, S+1, ...; failures are deduplicated by their signature
(which stage differs, and the kind of the first diverging line), each reported
with the seeds that produced it. Exit status 1 if any failure was found.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from collections import Counter

from .generate import generate
from .oracle import check_program


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyrite fuzz", description="differential fuzzing against CPython")
    amount = parser.add_mutually_exclusive_group()
    amount.add_argument("--count", type=int, help="programs to run")
    amount.add_argument("--time", type=float, help="seconds to run for")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", metavar="DIR", help="write failing programs (or, with --count 1, the program) here")
    parser.add_argument("--native", choices=["all", "o2", "none"], default="all",
                        help="native runs: -O0 and -O2 (default), -O2 only, or none (interpreter only)")
    return parser


def check_seed(job: tuple[int, str]) -> tuple[int, bool, str, str, str]:
    """Worker: (seed, ok, signature, detail, features line) for one seed."""
    seed, native = job
    native = {"all": (0, 2), "o2": (2,), "none": ()}[native]
    text = generate(seed)
    try:
        result = check_program(text, f"seed-{seed}.py", native=native)
    except Exception as err:  # the harness itself must not die on one program
        return seed, False, f"harness: {type(err).__name__}", str(err), text.splitlines()[0]
    return seed, result.ok, result.signature, result.detail, text.splitlines()[0]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    count = args.count if args.count is not None else (None if args.time is not None else 100)
    deadline = time.monotonic() + args.time if args.time is not None else None
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    failures: dict[str, list[int]] = {}
    details: dict[str, str] = {}
    features: Counter[str] = Counter()
    start, done = time.monotonic(), 0

    def seeds():
        seed = args.seed
        while (count is None or seed < args.seed + count) and (deadline is None or time.monotonic() < deadline):
            yield seed, args.native
            seed += 1

    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(max(1, args.jobs), maxtasksperchild=200) as pool:
        # imap's feeder thread drains seeds() ahead of the workers, so the deadline is checked here too
        for seed, ok, signature, detail, header in pool.imap_unordered(check_seed, seeds()):
            if deadline is not None and time.monotonic() > deadline:
                break
            done += 1
            features.update(header.split(":", 1)[1].split())
            if not ok:
                first = signature not in failures
                failures.setdefault(signature, []).append(seed)
                details.setdefault(signature, detail)
                if first:
                    print(f"\nFAIL seed {seed}: {signature}: {detail[:200]}", file=sys.stderr)
                if args.keep:
                    _write(args.keep, seed)
            elif args.keep and count == 1:
                _write(args.keep, seed)
            if done % 10 == 0:
                rate = done / (time.monotonic() - start)
                print(f"\r{done} programs, {rate:.2f}/s, {len(failures)} distinct failures", end="", file=sys.stderr)
    _summary(done, time.monotonic() - start, failures, details, features)
    return 1 if failures else 0


def _write(directory: str, seed: int) -> None:
    with open(os.path.join(directory, f"seed-{seed}.py"), "w", encoding="utf-8") as f:
        f.write(generate(seed))


def _summary(done: int, elapsed: float, failures: dict[str, list[int]], details: dict[str, str], features: Counter) -> None:
    print(f"\nprograms run: {done} in {elapsed:.1f} s ({done / max(elapsed, 1e-9):.2f} programs/s)")
    print(f"distinct failures: {len(failures)}")
    for signature, seeds in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        shown = ", ".join(map(str, sorted(seeds)[:8])) + (" ..." if len(seeds) > 8 else "")
        print(f"  [{len(seeds)}x] {signature}\n      seeds: {shown}\n      {details[signature][:300]}")
    print("features covered: " + ", ".join(f"{name} {n}" for name, n in sorted(features.items())))


if __name__ == "__main__":
    sys.exit(main())
