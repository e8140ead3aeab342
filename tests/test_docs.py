"""Documentation that is generated from code stays in step with it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_slot_table_is_current():
    """docs/slots.md is written by scripts/slot_table.py: run it after changing the slots."""
    table = _script("slot_table").slot_table()
    assert (ROOT / "docs" / "slots.md").read_text(encoding="utf-8") == table


def test_slot_table_lists_every_slot():
    from claimcheck.slots import SLOTS

    text = (ROOT / "docs" / "slots.md").read_text(encoding="utf-8")
    assert all(f"| `{name}` |" in text for name in SLOTS)
