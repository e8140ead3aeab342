"""Behaviour of ``claimcheck.normalize.quantities``: the per-language example tables plus a few
cross-language guarantees (paraphrases agree, conversions are one value)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.lang import SUPPORTED
from claimcheck.normalize import decimal_convention, quantities

LANG_DIR = Path(__file__).resolve().parents[1] / "claimcheck" / "lang"
FIELDS = ("value", "low", "high", "unit", "kind", "hedge", "text", "approximate", "rule",
          "low_exclusive", "high_exclusive")


def _table(lang: str) -> dict[str, Any]:
    path = LANG_DIR / lang / "examples" / "quantities.yaml"
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _cases(section: str) -> list[Any]:
    out = []
    for lang in SUPPORTED:
        for i, case in enumerate(_table(lang).get(section) or []):
            marks = []
            if section == "xfail":
                marks = [pytest.mark.xfail(strict=True, reason=case.get("reason", ""))]
            out.append(pytest.param(lang, case, id=f"{lang}-{section}-{i}", marks=marks))
    return out


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, str) and isinstance(actual, float):
        expected = float(expected)  # YAML 1.1 reads "14.3e9" as a string
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return actual is not None and math.isclose(float(expected), actual, rel_tol=1e-9,
                                                   abs_tol=1e-9)
    return expected == actual


def _check(lang: str, case: dict[str, Any]) -> None:
    found = quantities(case["text"], lang)
    expected = case["expected"]
    assert len(found) == len(expected), [q.text for q in found]
    for exp, q in zip(expected, found, strict=True):
        for name in FIELDS:
            if name in exp:
                assert _same(exp[name], getattr(q, name)), (name, exp[name], q)


@pytest.mark.parametrize(("lang", "case"), _cases("positive") + _cases("xfail"))
def test_examples(lang: str, case: dict[str, Any]) -> None:
    _check(lang, case)


@pytest.mark.parametrize(("lang", "case"), _cases("negative"))
def test_negative_examples(lang: str, case: dict[str, Any]) -> None:
    found = quantities(case["text"], lang)
    forbid = case.get("forbid", "any")
    if forbid != "any":
        found = [q for q in found if q.kind == forbid]
    assert found == [], [q.text for q in found]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tables_are_big_enough(lang: str) -> None:
    table = _table(lang)
    assert len(table.get("positive") or []) + len(table.get("negative") or []) >= 60


def test_paraphrases_agree_across_languages() -> None:
    writings = [("$14.3 billion", "en"), ("14,3 miliardi di dollari", "it"),
                ("14,3 Mrd. USD", "de"), ("14,3 milliards de dollars", "fr"),
                ("14,3 mil millones de dólares", "es"), ("US$ 14,3 bilhões", "pt")]
    values = [quantities(text, lang) for text, lang in writings]
    assert all(len(v) == 1 and v[0].unit == "USD" for v in values), values
    assert len({(v[0].low, v[0].high) for v in values}) == 1


def test_hedged_neighbour_is_not_refuted() -> None:
    """'49%' and 'fast 50 Prozent' overlap: a comparison must not flag them."""
    (a,) = quantities("49%", "en")
    (b,) = quantities("fast 50 Prozent", "de")
    assert a.low < b.high and b.low < a.high


def test_written_precision_refutes_real_differences() -> None:
    (a,) = quantities("$14.3 billion", "en")
    (b,) = quantities("$14.8 billion", "en")
    assert a.high < b.low


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1 bilione", "it", 1e12), ("1 billion", "fr", 1e12), ("1 Billion", "de", 1e12),
    ("1 billón", "es", 1e12), ("1 bilião", "pt", 1e12), ("1 billion", "en", 1e9),
    ("1 bilhão", "pt", 1e9),
])
def test_long_and_short_scales(text: str, lang: str, value: float) -> None:
    (q,) = quantities(text, lang)
    assert q.value == value


def test_output_is_sorted_and_non_overlapping() -> None:
    found = quantities("Between 2020 and 2024, revenue rose 49% to $14.3 billion (£11 billion), "
                       "about 3 times the 870 million of 2019.", "en")
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(("text", "lang", "mark"), [
    # decimals after a point and none after a comma: the other convention ("12.5%" in Mexico)
    ("Las ventas crecieron un 12.5% hasta 4,318 millones.", "es", "."),
    ("Le chiffre d'affaires a progressé de 6.5% à 1,250 millions.", "fr", "."),
    # the language's own convention, or both seen, or nothing to tell: no override
    ("Las ventas crecieron un 12,5% hasta 4.318 millones.", "es", None),
    ("Crecieron un 12.5% y luego un 2,5% hasta 4.318 millones.", "es", None),
    ("El 12.05.2024 vendió 4,318 millones.", "es", None),
    ("Revenue rose 12.5% to 4,318 million.", "en", None),
])
def test_decimal_convention_of_a_whole_text(text: str, lang: str, mark: str | None) -> None:
    assert decimal_convention(text, lang) == mark


def test_a_text_in_the_other_convention_reads_its_commas_as_thousands() -> None:
    text = "un 12.5%, hasta 4,318 millones"
    assert quantities(text, "es")[-1].value == pytest.approx(4.318e6)
    assert quantities(text, "es", decimal_convention(text, "es"))[-1].value == pytest.approx(
        4.318e9)


def test_unknown_language_falls_back() -> None:
    assert [q.value for q in quantities("$5", "xx")] == [5.0]
