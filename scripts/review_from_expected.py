"""Record the review decisions a maintainer makes from a curated corpus's answer key.

    python scripts/review_from_expected.py corpora/meta-scale-ai corpora/real/*

Each flagged conflict gets the decision its ``expected.yaml`` implies: a conflict it expects is
``confirmed`` (so that ``check`` fails if it ever vanishes), one it tolerates is ``waived``, any
other flag is ``dismissed`` as not a contradiction. Decisions already in ``reviews.yaml`` are
kept unless ``--redo``: a person's decision outranks the key. Run it after a change to
extraction moves a curated corpus's conflicts, and read the diff of ``reviews.yaml`` before
committing it: the example CI workflow (``docs/examples/claimcheck.yml``) gates on these files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.api import check  # noqa: E402
from claimcheck.evaluate import evaluate, load_expected  # noqa: E402
from claimcheck.model import Report  # noqa: E402
from claimcheck.review.store import (  # noqa: E402
    load_decisions,
    make_decision,
    record,
    reviews_path,
    vanished,
)

WHO = "corpus maintainer (from expected.yaml)"
SEALED = ROOT / "corpora" / "blind"


def decisions_for(folder: Path) -> tuple[list[tuple[str, str, str]], Report]:
    """(conflict id, status, note) for every conflict claimcheck flags in ``folder``, and the
    run's report."""
    report = check([folder])
    score = evaluate(report, load_expected(folder / "expected.yaml"))
    decided: dict[str, tuple[str, str]] = {}
    for match in score.matches:
        decided[match.conflict_id] = ("confirmed", f"expected.yaml: {match.expected}")
    for flag in score.tolerated_flags:
        decided.setdefault(flag.conflict_id, ("waived", f"tolerated by expected.yaml: "
                                                        f"{flag.tolerated}"))
    for flag in score.false_positive_flags:
        why = (f"a second flag of {flag.duplicate_of}" if flag.duplicate_of
               else f"inside agreement {flag.agreement}" if flag.agreement
               else "no contradiction in expected.yaml")
        decided.setdefault(flag.conflict_id, ("dismissed", f"not a contradiction: {why}"))
    return [(conflict.id, *decided.get(conflict.id, ("dismissed", "not in expected.yaml")))
            for conflict in report.conflicts], report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--redo", action="store_true",
                        help="Replace decisions already recorded, and drop stale ones.")
    args = parser.parse_args(argv)
    for folder in args.corpora:
        if folder.resolve().is_relative_to(SEALED):
            print(f"{folder}: the blind split is sealed; not touched", file=sys.stderr)
            continue
        if not (folder / "expected.yaml").is_file():
            print(f"{folder}: no expected.yaml; skipped", file=sys.stderr)
            continue
        path = reviews_path(folder)
        wanted, report = decisions_for(folder)
        existing = load_decisions(path)
        conflicts = {conflict.id: conflict for conflict in report.conflicts}
        written = 0
        for conflict_id, status, note in wanted:
            if existing.get(conflict_id) is not None and not args.redo:
                continue
            record(path, make_decision(conflicts[conflict_id], report, status, note=note,
                                       who=WHO))
            written += 1
        if args.redo:
            from claimcheck.review.store import restore

            present = {conflict_id for conflict_id, _status, _note in wanted}
            for decision in list(existing.by_id.values()):
                if decision.id not in present:
                    restore(path, decision.id, None)
        gone = vanished(report, load_decisions(path))
        print(f"{folder}: {written} decisions written, {len(wanted)} conflicts"
              + (f"; {len(gone)} confirmed conflicts no longer found" if gone else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
