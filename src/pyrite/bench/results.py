"""What one benchmark run found: per program, per peer, samples and build facts.

Plain dataclasses with a JSON form; `history` stores them in SQLite and
`report`, `compare` and `dashboard` read them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .measure import Sample
from .stats import median

PEERS = ["pyrite", "c", "cpython", "pypy", "numba"]
LABELS = {"pyrite": "Pyrite", "c": "C (gcc -O2)", "cpython": "CPython", "pypy": "PyPy", "numba": "Numba"}
# statuses: ok (measured, same output), n/a (peer not installed / no twin), pending (Pyrite
# rejects a program marked pending), and the failures below.
FAILURES = {"mismatch", "failed", "rejected"}


@dataclass
class Build:
    """Pyrite's build of one program: end-to-end compile times, time per pass, binary size."""

    compile_s: list[float]
    passes: dict[str, float]
    binary_bytes: int


@dataclass
class PeerResult:
    status: str
    detail: str = ""
    samples: list[Sample] = field(default_factory=list)
    instructions: int | None = None
    binary_bytes: int | None = None

    def median(self, metric: str) -> float | None:
        return median([s.metric(metric) for s in self.samples]) if self.samples else None

    def peak_rss_kb(self) -> int | None:
        return max(s.rss_kb for s in self.samples) if self.samples else None


@dataclass
class ProgramResult:
    name: str
    size: int
    pending: str | None
    peers: dict[str, PeerResult]
    build: Build | None = None

    def failures(self) -> list[tuple[str, PeerResult]]:
        return [(name, r) for name, r in self.peers.items() if r.status in FAILURES]


@dataclass
class RunResult:
    date: str
    commit: str
    dirty: bool
    machine: str
    quick: bool
    settings: dict
    programs: list[ProgramResult]
    id: int | None = None

    def program(self, name: str) -> ProgramResult | None:
        return next((p for p in self.programs if p.name == name), None)

    def failures(self) -> list[tuple[str, str, PeerResult]]:
        return [(p.name, peer, r) for p in self.programs for peer, r in p.failures()]

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> RunResult:
        programs = [ProgramResult(
            name=p["name"], size=p["size"], pending=p["pending"],
            peers={k: PeerResult(status=v["status"], detail=v["detail"],
                                 samples=[Sample(**s) for s in v["samples"]],
                                 instructions=v.get("instructions"), binary_bytes=v.get("binary_bytes"))
                   for k, v in p["peers"].items()},
            build=Build(**p["build"]) if p.get("build") else None) for p in data["programs"]]
        return cls(date=data["date"], commit=data["commit"], dirty=data["dirty"], machine=data["machine"],
                   quick=data["quick"], settings=data["settings"], programs=programs, id=data.get("id"))
