"""Prints how long claimcheck takes on the hostile inputs the budgets bound (no assertions: the
tests in tests/hostile/ check behaviour, this script measures).

    python scripts/bench_hostile.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from hostile_corpus import ARTICLE_A, two_sources  # noqa: E402

from claimcheck.api import check  # noqa: E402
from claimcheck.budgets import MAX_TEXT_CHARS  # noqa: E402
from claimcheck.normalize.quantities import quantities  # noqa: E402
from claimcheck.review.store import load_decisions, record  # noqa: E402


def timed(label: str, action) -> None:
    start = time.perf_counter()
    result = action()
    took = time.perf_counter() - start
    what = ""
    if hasattr(result, "claims"):
        what = f"  ({len(result.claims)} claims, {len(result.skipped)} skipped)"
    print(f"{label:50} {took:7.2f} s{what}", flush=True)


def decisions_file(folder: Path, count: int) -> Path:
    entry = ("  value_mismatch:acme-{n}:revenue:2024:\n    status: confirmed\n    note: ''\n"
             "    who: ana\n    when: '2025-06-20T09:30:00+00:00'\n    conflict:\n"
             "      kind: value_mismatch\n      subject: Acme {n}\n      attribute: revenue\n"
             "      period: '2024'\n      severity: high\n    sides:\n    - value: $870M\n"
             "      documents:\n      - a\n      quotes:\n      - 870 million\n")
    path = folder / "reviews.yaml"
    path.write_text("version: 1\ndecisions:\n" + "".join(entry.format(n=n) for n in range(count)))
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        check([two_sources(folder / "warm")])  # load the language models once
        timed("quantities on 'a' * 64,000", lambda: quantities("a" * 64_000, "en"))
        timed("quantities on '1 ' * 5,000 (10,000 characters)", lambda: quantities("1 " * 5_000,
                                                                                  "en"))
        repeated = two_sources(folder / "repeated", a_body=ARTICLE_A * 240)
        timed("check: 480 repeated lines (960 claims)", lambda: check([repeated]))
        prose = two_sources(folder / "prose",
                            a_body=(ARTICLE_A * 3_000)[:MAX_TEXT_CHARS - 1])
        timed(f"check: {MAX_TEXT_CHARS:,} characters of claims", lambda: check([prose]))
        figures = two_sources(folder / "figures", a_body=(
            "Norvane Robotics sold 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 robots in "
            "Ohio, the company said. " * 2_000)[:MAX_TEXT_CHARS - 1])
        timed(f"check: {MAX_TEXT_CHARS:,} characters, nearly all figures",
              lambda: check([figures]))
        opening = "Norvane Robotics said on Monday that it sold robots in Ohio. " * 4
        bare = two_sources(folder / "bare", a_body=(opening + "1 " * MAX_TEXT_CHARS)[
            :MAX_TEXT_CHARS - 1])
        timed(f"check: {MAX_TEXT_CHARS:,} characters, one line of bare figures",
              lambda: check([bare]))
        path = decisions_file(folder, 10_000)
        timed("load 10,000 decisions", lambda: load_decisions(path))
        decision = load_decisions(path).get("value_mismatch:acme-5:revenue:2024")
        timed("record one decision into 10,000",
              lambda: record(path, replace(decision, note="x")))


if __name__ == "__main__":
    main()
