"""dateparser as a resolver of spans our own finder found, never as a finder.

``dateparser`` reads free text too eagerly ("14,3" becomes 14 March, "49%" the year 2049), so
``periods()`` only hands it a span its own grammar already knows is a date, for the rule
families where dateparser resolved the Recognizers-Text date suite better than our rules did
(see ``DATEPARSER_RULES`` in :mod:`claimcheck.normalize.periods` and
``scripts/conformance.py --suite dates``). It is slow (about a millisecond a span) and heavy to
import, so it is imported on first use and every answer is cached: the same span, language,
reference and preference give the same answer without a second parse.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

#: dateparser's period names -> claimcheck's ``Period.kind``.
_KINDS = {"day": "date", "time": "date", "month": "month", "year": "year", "quarter": "quarter"}


@lru_cache(maxsize=16384)
def resolve_span(span: str, lang: str, reference: date | None,
                 prefer: str = "past") -> tuple[str, str] | None:
    """(kind, value) of a date span in claimcheck's formats, or None if dateparser cannot read it.

    ``prefer`` is dateparser's ``PREFER_DATES_FROM``: "past" reads a bare "Friday" or "June" as
    the latest one not after ``reference``; "future" as the next one. Without a reference
    dateparser would use today, so relative spans are not resolved then.
    """
    if reference is None or not span.strip():
        return None
    parser = _parser(lang, reference, prefer)
    if parser is None:
        return None
    try:
        found = parser.get_date_data(span)
    except Exception:  # noqa: BLE001 - a third-party parser must never break a run
        return None
    if found is None or found.date_obj is None:
        return None
    kind = _KINDS.get(found.period or "day")
    if kind is None:
        return None
    day = found.date_obj.date()
    if kind == "date":
        return kind, day.isoformat()
    if kind == "month":
        return kind, f"{day.year:04d}-{day.month:02d}"
    if kind == "quarter":
        return kind, f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return kind, f"{day.year:04d}"


@lru_cache(maxsize=64)
def _parser(lang: str, reference: date, prefer: str) -> Any:
    """One dateparser parser per language, reference and preference (building one costs more
    than a parse)."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    settings = {
        "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
        "REQUIRE_PARTS": [],
    }
    try:
        return DateDataParser(languages=[lang], settings=settings)
    except (ValueError, KeyError):  # a language dateparser does not know
        return None
