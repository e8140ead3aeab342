"""Prints how fast the whole pipeline runs on the curated corpora, and its peak memory.

    python scripts/bench_pipeline.py [CORPUS...]

The first run of a process pays for loading spaCy's blank pipelines and lingua's models; the
figures separate that start-up cost from the steady state.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from claimcheck.api import check


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent / "corpora"
    folders = [Path(a) for a in argv] or sorted(p for p in root.iterdir() if p.is_dir())
    started = time.perf_counter()
    first = check([folders[0]])
    cold = time.perf_counter() - started
    print(f"cold start (first corpus, models loaded): {cold:.2f} s, "
          f"{len(first.documents)} documents")
    documents = characters = claims = 0
    started = time.perf_counter()
    for folder in folders:
        report = check([folder])
        documents += len(report.documents)
        characters += sum(len(d.text) for d in report.documents)
        claims += len(report.claims)
    warm = time.perf_counter() - started
    print(f"warm: {len(folders)} corpora, {documents} documents, {characters:,} characters, "
          f"{claims} claims in {warm:.2f} s")
    print(f"      {documents / warm:.1f} documents/s, {characters / warm:,.0f} characters/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
