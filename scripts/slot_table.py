"""Write docs/slots.md, the one table of the slot vocabulary, from claimcheck/slots.py.

Run it after changing the vocabulary; tests/test_docs.py fails while the table is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from claimcheck.slots import PENDING_TRIGGERS, SLOTS

TARGET = Path(__file__).resolve().parent.parent / "docs" / "slots.md"


def slot_table() -> str:
    lines = [
        "# The slot vocabulary",
        "",
        "What a claim can be about (`claimcheck/slots.py`; written by `scripts/slot_table.py`).",
        "`expected.yaml` names these in `attribute`. *single*: one true value per subject and",
        "period; *per period*: a different value each period (the same figure dated to two periods",
        "is a `period_mismatch`); *evolving*: may legitimately change between publication dates;",
        "*pending*: in the vocabulary, trigger words not written yet (never extracted).",
        "",
        "| slot | value | what it is | single | per period | evolving | pending |",
        "|---|---|---|---|---|---|---|",
    ]
    for slot in SLOTS.values():
        flags = ["yes" if flag else "" for flag in (slot.single, slot.per_period, slot.evolving,
                                                     slot.name in PENDING_TRIGGERS)]
        lines.append(f"| `{slot.name}` | {slot.value_kind} | {slot.description} | "
                     + " | ".join(flags) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text(encoding="utf-8") == slot_table() else 1)
    TARGET.write_text(slot_table(), encoding="utf-8")
    print(f"wrote {TARGET}")
