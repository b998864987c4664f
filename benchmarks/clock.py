"""Wall-clock and CPU time of consecutive phases.

CPU time (user + system, this process) is reported beside wall time because it hardly moves when
other processes compete for the cores, which wall time does.
"""

from __future__ import annotations

from time import perf_counter, process_time


class Clock:
    """``clock.lap("parse")`` records the time since the previous lap (or since the start)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._last = (perf_counter(), process_time())

    def lap(self, phase: str) -> None:
        now = (perf_counter(), process_time())
        self.wall[phase] = now[0] - self._last[0]
        self.cpu[phase] = now[1] - self._last[1]
        self._last = now

    def laps(self) -> dict[str, dict[str, float]]:
        return {"wall": self.wall, "cpu": self.cpu}
