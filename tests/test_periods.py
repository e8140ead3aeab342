"""Periods: every per-language example table, the document-date inference, and robustness.

The tables (``claimcheck/lang/<code>/examples/periods.yaml``) are the specification: each
positive case lists every period the text must yield, each negative case must yield none, and
known failures are kept as strict xfails so that a fix shows up as a surprise pass.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.model import Period
from claimcheck.normalize.periods import infer_document_date, periods

LANG_DIR = Path(__file__).resolve().parents[1] / "claimcheck" / "lang"
TABLES = sorted(LANG_DIR.glob("*/examples/periods.yaml"))
LANGS = ("en", "it", "fr", "de", "es", "pt")
_UNSET = object()


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _reference(case: dict[str, Any], table: dict[str, Any]) -> date | None:
    """The case's own reference when it states one (null = no document date), else the file's."""
    value = case.get("reference", _UNSET)
    if value is _UNSET:
        value = table.get("reference")
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value


def _as_dict(period: Period) -> dict[str, Any]:
    return {"value": period.value, "kind": period.kind, "text": period.text,
            "relative": period.relative, "resolved": period.resolved}


def _expected(entry: dict[str, Any]) -> dict[str, Any]:
    value = None if entry.get("value") is None else str(entry["value"])
    return {"value": value, "kind": entry["kind"], "text": entry["text"],
            "relative": bool(entry.get("relative", False)),
            "resolved": bool(entry.get("resolved", value is not None))}


def _cases() -> list[Any]:
    params: list[Any] = []
    for path in TABLES:
        lang = path.parent.parent.name
        table = _load(path)
        for index, case in enumerate(table.get("positive") or ()):
            expected = [_expected(e) for e in case.get("expected") or ()]
            params.append(pytest.param(lang, case["text"], _reference(case, table), expected,
                                       id=f"{lang}-pos{index}-{case['text'][:40]}"))
        for index, case in enumerate(table.get("negative") or ()):
            text = case if isinstance(case, str) else case["text"]
            reference = _reference({} if isinstance(case, str) else case, table)
            params.append(pytest.param(lang, text, reference, [],
                                       id=f"{lang}-neg{index}-{text[:40]}"))
        for index, case in enumerate(table.get("xfail") or ()):
            expected = [_expected(e) for e in case.get("expected") or ()]
            params.append(pytest.param(
                lang, case["text"], _reference(case, table), expected,
                id=f"{lang}-xfail{index}-{case['text'][:40]}",
                marks=pytest.mark.xfail(strict=True, reason=case["reason"])))
    return params


def _check_invariants(text: str, found: list[Period]) -> None:
    previous_end = -1
    for period in found:
        assert 0 <= period.start < period.end <= len(text)
        assert period.start >= previous_end, "periods must be sorted and must not overlap"
        assert text[period.start:period.end] == period.text
        assert period.rule.startswith("period.")
        assert period.resolved == (period.value is not None)
        previous_end = period.end


@pytest.mark.parametrize(("lang", "text", "reference", "expected"), _cases())
def test_example_tables(lang: str, text: str, reference: date | None,
                        expected: list[dict[str, Any]]) -> None:
    found = periods(text, lang, reference)
    _check_invariants(text, found)
    assert [_as_dict(p) for p in found] == expected


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_a_full_table(lang: str) -> None:
    table = _load(LANG_DIR / lang / "examples" / "periods.yaml")
    count = sum(len(table.get(key) or ()) for key in ("positive", "negative", "xfail"))
    assert count >= 60
    assert table.get("negative"), "a table without negatives only proves recall"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Published June 12, 2025. Updated 6/13/2025. The company, founded on March 3, 2016, "
           "said yesterday...", date(2025, 6, 13)),
    ("it", "Milano, 12 giugno 2025 - Nel 2024 il fatturato... (aggiornato il 13/06/2025)",
     date(2025, 6, 13)),
    ("fr", "Publié le 12 juin 2025 à 10h30. En 2016, l'entreprise...", date(2025, 6, 12)),
    ("de", "Stand: 12.06.2025. Am 3. März 2016 gegründet.", date(2025, 6, 12)),
    ("es", "Madrid, 12 de junio de 2025. Fundada el 3 de marzo de 2016.", date(2025, 6, 12)),
    ("pt", "Lisboa, 2025-06-12. Fundada em 1 de março de 2016, ontem anunciou...",
     date(2025, 6, 12)),
])
def test_infer_document_date_takes_the_latest_full_date(lang: str, text: str,
                                                        expected: date) -> None:
    assert infer_document_date(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Last year, in June 2024, revenue hit $14.3 billion; yesterday it said 49% more."),
    ("it", "Ieri il fatturato del 2024, 14,3 miliardi, nel terzo trimestre."),
    ("de", "Im Juni 2025 und gestern: 12. Juni"),  # a day without a year is not a full date
])
def test_infer_document_date_ignores_partial_and_relative_dates(lang: str, text: str) -> None:
    assert infer_document_date(text, lang) is None


def test_relative_periods_without_reference_say_they_are_unresolved() -> None:
    found = periods("Last year revenue doubled; in Q3 it fell; yesterday it rose.", "en", None)
    assert [p.kind for p in found] == ["year", "quarter", "date"]
    assert all(p.relative and not p.resolved and p.value is None for p in found)


def test_unknown_language_keeps_language_neutral_forms() -> None:
    found = periods("Q3 2024, FY2025, 2025-06-12 en 12/06/2025", "nl", None)
    assert [p.value for p in found] == ["2024-Q3", "FY2025", "2025-06-12", "2025-06-12"]


_TOKENS = ["2024", "2.024", "14,3", "49%", "Q3", "3Q24", "FY24", "T3", "H1", "giugno", "June",
           "Juni", "12.", "12", "31", "/", "-", ".", ",", "'", "’", "de", "nel", "im", "last",
           "year", "ieri", "l'anno scorso", "trimestre", "Quartal", "$", "€", "+49", " ", "\n",
           "mars", "May", "1er", "3º", "III", "fiscal", "Geschäftsjahr", "2023/24", "00", "99"]


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=80),
        st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join),
        st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join),
    ),
    lang=st.sampled_from([*LANGS, "nl", "", "x/"]),
    reference=st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_keeps_invariants(text: str, lang: str, reference: date | None) -> None:
    found = periods(text, lang, reference)
    _check_invariants(text, found)
    infer_document_date(text, lang)
