# A tiny event system: handlers are registered per event name and called in
# registration order with the event's payload.
from typing import Callable

event_names: list[str] = []
handlers: list[Callable[[int], None]] = []
log: list[str] = []


def on(name: str, handler: Callable[[int], None]) -> None:
    event_names.append(name)
    handlers.append(handler)


def emit(name: str, payload: int) -> int:
    fired = 0
    for i in range(len(handlers)):
        if event_names[i] == name:
            handlers[i](payload)
            fired += 1
    return fired


def make_logger(prefix: str) -> Callable[[int], None]:
    return lambda v: log.append(prefix + str(v))


totals = [0]


def add_to_total(v: int) -> None:
    totals[0] += v


on("click", make_logger("clicked "))
on("click", add_to_total)
on("key", make_logger("key "))
on("key", lambda v: print("key handler sees", v))
print(emit("click", 3), emit("key", 65), emit("click", 4), emit("scroll", 1))
print(log)
print(totals[0])
