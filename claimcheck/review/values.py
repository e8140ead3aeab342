"""The correct value a reviewer gives for a ``resolved`` conflict, read as the slot reads values.

"$15B" resolves a deal value, "49%" a stake, "2024" a year, "minority_stake" a deal type; "abc"
resolves none of them, and the reviewer is told what was expected instead of the file keeping a
value no report can use. The value is read in English and in the languages of the conflict's
articles ("14,3 Mrd. USD", "15 miliardi di dollari"); what the reviewer typed is kept as typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.display import format_number
from claimcheck.errors import UsageError
from claimcheck.model import Conflict
from claimcheck.slots import DEAL_TYPES, SLOTS

#: What a reviewer may type, by the slot's value kind, for the error message.
EXPECTED = {
    "money": "an amount with its currency, e.g. '$15B' or '14,3 Mrd. USD'",
    "percent": "a percentage, e.g. '49%'",
    "count": "a whole number, e.g. '1200'",
    "age": "an age in years, e.g. '52'",
    "year": "a year, e.g. '2024'",
    "date": "a date or a month, e.g. '2025-06-12' or 'June 2025'",
    "period": "a period, e.g. '2024' or 'Q3 2024'",
    "category": "one of " + ", ".join(DEAL_TYPES),
    "relation": "'continues' or 'ends'",
}
_QUANTITY_KINDS = {"money": ("money",), "percent": ("percent", "fraction"),
                   "count": ("number",), "age": ("number", "age")}


def value_kind(conflict: Conflict) -> str:
    """What a correct value of ``conflict`` is: the slot's kind, or a period when the sources
    disagree on the period a figure belongs to."""
    if conflict.kind == "period_mismatch":
        return "period"
    slot = SLOTS.get(conflict.attribute)
    return slot.value_kind if slot is not None else "category"


def parse_value(text: str, conflict: Conflict, languages: Iterable[str] = ()) -> str:
    """``text`` read as the conflict's value kind: how claimcheck reads it ("$15B"), or a
    ``UsageError`` saying what was expected."""
    typed = text.strip()
    kind = value_kind(conflict)
    shown = _read(typed, kind, conflict, ["en", *[lang for lang in languages if lang != "en"]])
    if shown is None:
        raise UsageError(f"{text!r} is not a value of {conflict.attribute} for "
                         f"{conflict.subject}: expected {EXPECTED[kind]}")
    return shown


def _read(typed: str, kind: str, conflict: Conflict, languages: list[str]) -> str | None:
    if not typed:
        return None
    if kind == "category":
        if conflict.attribute != "deal_type":
            return typed  # a role or another free label: any words will do
        label = typed.casefold().replace(" ", "_").replace("-", "_")
        return label if label in DEAL_TYPES else None
    if kind == "relation":
        label = typed.casefold()
        return label if label in ("continues", "ends") else None
    if kind in ("year", "date", "period"):
        return _period(typed, kind, languages)
    from claimcheck.normalize import quantities

    for language in languages:
        found = quantities(typed, language)
        if len(found) != 1 or found[0].kind not in _QUANTITY_KINDS[kind]:
            continue
        quantity = found[0]
        if typed[:quantity.start].strip() or typed[quantity.end:].strip():
            continue  # words around the figure that it does not account for
        if kind == "money" and not quantity.unit:
            continue
        if kind in ("count", "age") and (quantity.value < 0
                                         or not float(quantity.value).is_integer()):
            continue
        return format_number(quantity.value, quantity.unit if kind != "count" else None)
    return None


def _period(typed: str, kind: str, languages: list[str]) -> str | None:
    from claimcheck.normalize import periods

    wanted = {"year": ("year",), "date": ("date", "month", "year"),
              "period": ("year", "fiscal_year", "quarter", "half", "month", "date")}[kind]
    for language in languages:
        found = [p for p in periods(typed, language, None) if p.value]
        if (len(found) == 1 and found[0].kind in wanted
                and not typed[:found[0].start].strip() and not typed[found[0].end:].strip()):
            return found[0].value
    return None
