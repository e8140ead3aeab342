"""Prints how long ``reviews.yaml`` takes to load with 10,000 decisions (no assertions: the tests
check behaviour, this script measures).

    python scripts/bench_review.py [--count N] [--repeat R]

Each file is written by claimcheck itself (``dump_decisions``), in two shapes: decisions of one
side with one document and one quote (the shape ``bench_hostile.py`` and the hostile tests
build), and decisions shaped like real ones, with two or three sides of a few documents and
quotes each, from stories of twenty conflicts that share their articles. The second is read as
written, then with a comment inside every hundredth decision (a hand-edited file), and a
decision is recorded into it. Every load is a first one (blockyaml's caches emptied); figures
are the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from claimcheck.review import blockyaml
from claimcheck.review.store import (
    Decision,
    SideSnapshot,
    dump_decisions,
    load_decisions,
    record,
    reviews_path,
)

ATTRIBUTES = ("revenue", "deal_value", "employees", "stake", "price", "closing_date")
QUOTES = ("{v} million", "{v} milioni di dollari", "environ {v} millions de dollars",
          "rund {v} Millionen US-Dollar", "about ${v}m")


def one_side_decisions(count: int) -> dict[str, Decision]:
    """``count`` decisions of one side each, as the hostile tests write them."""
    return {
        f"value_mismatch:norvik-{n}:revenue:2024": Decision(
            id=f"value_mismatch:norvik-{n}:revenue:2024", status="confirmed",
            sides=(SideSnapshot("$870M", ("a",), ("870 million",)),), who="ana",
            when="2025-06-20T09:30:00+00:00", kind="value_mismatch", subject=f"Norvik {n}",
            attribute="revenue", period="2024", severity="high")
        for n in range(count)
    }


def decisions(count: int) -> dict[str, Decision]:
    """``count`` decisions of stories about invented companies, twenty conflicts a story."""
    made = {}
    for n in range(count):
        story = n // 20
        pool = [f"{k:03}_{(story * 7919 + k * 104729) % 16**12:012x}" for k in range(12)]
        attribute = ATTRIBUTES[n % len(ATTRIBUTES)]
        sides = []
        for s in range(2 + (n % 3 == 0)):
            figure = 870 + (n * 7 + s * 13) % 400
            documents = {pool[(n + s * 5 + k * 3) % 12] for k in range(1 + (n + s) % 4)}
            quotes = {QUOTES[(n + s + k) % len(QUOTES)].format(v=figure)
                      for k in range(1 + (n * 3 + s) % 3)}
            sides.append(SideSnapshot(f"${figure}M", tuple(sorted(documents)),
                                      tuple(sorted(quotes))))
        resolved = n % 5 == 0
        conflict_id = f"value_mismatch:norvik-group-{story}:{attribute}:{2020 + n % 6}-{n}"
        made[conflict_id] = Decision(
            id=conflict_id, status="resolved" if resolved else ("confirmed", "dismissed")[n % 2],
            sides=tuple(sorted(sides, key=SideSnapshot.key)),
            note="" if n % 3 else f"checked the filing of story {story}: it says {n}",
            who=("ana", "bo lindqvist", "corpus maintainer")[story % 3],
            when=f"2025-06-{1 + story % 28:02}T09:{n % 60:02}:00+00:00",
            value=sides[0].value if resolved else None, kind="value_mismatch",
            subject=f"Norvik Group {story}", attribute=attribute,
            period=str(2020 + n % 6) if n % 4 else None, severity=("low", "medium", "high")[n % 3])
    return made


def first_load_time(path: Path, repeat: int) -> float:
    """The median of ``repeat`` loads, each with blockyaml's scalar cache emptied first."""
    took = []
    for _ in range(repeat):
        _clear_caches()
        start = time.perf_counter()
        load_decisions(path)
        took.append(time.perf_counter() - start)
    return statistics.median(took)


def _clear_caches() -> None:
    for name in ("_resolved", "_plain"):
        cached: Callable[[], None] | None = getattr(getattr(blockyaml, name, None),
                                                    "cache_clear", None)
        if cached is not None:
            cached()


def _row(label: str, seconds: float) -> None:
    print(f"  {label:56} {seconds:6.3f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{args.count:,} decisions, median of {args.repeat} first loads")
    with tempfile.TemporaryDirectory() as scratch:
        path = reviews_path(Path(scratch))
        for shape, made in (("one side each", one_side_decisions),
                            ("shaped like real ones", decisions)):
            text = dump_decisions(made(args.count))
            path.write_text(text, encoding="utf-8")
            size = f"{text.count(chr(10)):,} lines, {len(text.encode()) / 2**20:.1f} MB"
            _row(f"load, {shape} ({size})", first_load_time(path, args.repeat))
        edited = text.split("\n  value_mismatch:")
        for index in range(1, len(edited), 100):
            edited[index] = edited[index].replace("\n    who:", "\n    # checked\n    who:", 1)
        path.write_text("\n  value_mismatch:".join(edited), encoding="utf-8")
        _row("load, the same with a comment in every 100th decision",
             first_load_time(path, args.repeat))
        one = next(iter(load_decisions(path).by_id.values()))
        start = time.perf_counter()
        record(path, replace(one, note="rechecked"))
        _row("record a decision into it (lock, read, rewrite, write)",
             time.perf_counter() - start)


if __name__ == "__main__":
    main()
