"""Periods: the years, fiscal years, halves, quarters, months and days a sentence is about.

Every form is *found* by our own regular expressions, built once per language from
``claimcheck/lang/<code>/periods.yaml`` (month and weekday names, ordinals, period words, relative
phrases, holidays). We never let a date library search free text: general date searchers read
"14,3" as 14 March and "49%" as 2049, and a wrong period silently re-dates a claim. A found span
is *resolved* by our own rules (:mod:`~claimcheck.normalize.period_rules`,
:mod:`~claimcheck.normalize.period_relative`): on the Recognizers-Text date suite they matched or
beat ``dateparser`` on every family of spans they read. ``dateparser`` resolves what no rule
reads: a loose run of month names, numbers and separators ("Oct. 2" in French), in the gaps
between the rules' periods, and only where its answer agrees with what is written
(:mod:`claimcheck.normalize.date_parser`).

Span convention: ``start``/``end`` cover the *whole time expression*, including the preposition or
article that introduces it and belongs to it ("nel 2024", "im Juni 2025", "le 12 juin 2025",
"in the third quarter of 2024"). Prepositions that change the meaning ("since", "dal", "bis") are
left out, the period itself is still returned.

Relative expressions ("last year", "ieri", "on Friday") and forms that omit the year ("giugno",
"Q3", "12 juin") are resolved against ``reference`` (the document date) and marked
``relative=True``; without a reference they come back with ``value=None`` and ``resolved=False``
instead of a guess. The reading conventions (a bare weekday is its latest occurrence not after
the reference; a bare month, day or holiday too, unless the next one is less than half as far;
any of them the next one when the words before announce the future) are in
:mod:`claimcheck.normalize.calendar_math`. A
:class:`~claimcheck.normalize.reference.ReferenceRange` (an undated article read against its
corpus's publication range) keeps a value only where both ends of the range give the same one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, datetime
from functools import cache

from claimcheck.lang import SUPPORTED, load
from claimcheck.model import Period
from claimcheck.normalize.period_grammar import (
    LANG_CODE,
    Candidate,
    Grammar,
    compiled_grammar,
    language_code,
    norm,
)
from claimcheck.normalize.period_relative import RELATIVE_BUILDERS, loose_date
from claimcheck.normalize.period_rules import DATE_BUILDERS
from claimcheck.normalize.reference import ReferenceRange


def periods(text: str, lang: str, reference: date | None) -> list[Period]:
    """Every period ``text`` states, sorted by start and non-overlapping (longest match wins).

    Relative forms are resolved against ``reference``: "a month later" / "un mese dopo" is read as
    one month after the document date, an approximation (the narrative may count from another
    event). Weekdays, and months, days and holidays written without a year, read as
    :mod:`~claimcheck.normalize.calendar_math` says. A :class:`ReferenceRange` keeps only the
    values both of its ends agree on.
    """
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, ReferenceRange):
        return _pinned(text, lang, reference)
    if isinstance(reference, datetime):
        reference = reference.date()  # a timestamp would leak its time into day values
    code = language_code(lang)
    grammar = compiled_grammar(code)
    written, text = text, _dashed_month_ranges(text, grammar)
    candidates: list[Candidate] = []
    present: dict[str, bool] = {}
    for name, pattern in grammar.patterns:
        need = grammar.needs.get(name)
        if need is not None:
            if need not in present:
                present[need] = grammar.triggers[need].search(text) is not None
            if not present[need]:
                continue
        builder = _BUILDERS[name]
        for match in pattern.finditer(text):
            candidate = builder(grammar, match, text, reference)
            if candidate is not None:
                candidates.append(candidate)
    found = _select(candidates)
    if grammar.loose is not None and present.get("month", True):
        found = _with_loose_dates(grammar, text, reference, found)
    found = _merge_month_ranges(found, text, code)
    if text != written:
        found = [replace(p, text=written[p.start:p.end]) for p in found]
    return found


#: Units of a stretch of time whose number counts no one ("two months after", "tres semanas");
#: years are left out (an age: "un hombre de 45 años"), quarters too ("three quarters of them").
STRETCH_UNITS = frozenset({"month", "fortnight", "week", "day"})


def stretches(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of "two months", "drei Wochen", "dez dias" in ``text``: a number there measures
    time, never a count of people or things."""
    return [(start, end) for start, end, unit in time_stretches(text, lang)
            if unit in STRETCH_UNITS]


def time_stretches(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Every "number + unit of time" span in ``text``, with its unit ("month", "year"…): the
    stretches above, and years ("27 años", "drei Jahre"), an age or a length of time that ages
    and contract lengths read on their own, never a count."""
    grammar = compiled_grammar(language_code(lang))
    if grammar.count_pattern is None:
        return []
    found = []
    for m in grammar.count_pattern.finditer(text):
        unit = grammar.duration_units.get(norm(m.group("u")))
        if (unit is not None and (m.start() == 0 or not text[m.start() - 1].isalnum())
                and (m.end() == len(text) or not text[m.end()].isalnum())):
            found.append((m.start(), m.end(), unit))
    return found


def _with_loose_dates(grammar: Grammar, text: str, reference: date | None,
                      found: list[Period]) -> list[Period]:
    """Runs of month names, numbers and separators that no rule read ("Octobre. 2", "October,
    1st"), resolved by dateparser, in the gaps between what the rules found."""
    assert grammar.loose is not None
    added = []
    starts = [p.start for p in found]  # sorted, and the periods do not overlap
    for match in grammar.loose.finditer(text):
        index = bisect_right(starts, match.start())
        if index and found[index - 1].end > match.start():
            continue
        if index < len(found) and found[index].start < match.end():
            continue
        period = loose_date(grammar, match, text, reference)
        if period is not None:
            added.append(period)
    return sorted([*found, *added], key=lambda p: p.start) if added else found


def _pinned(text: str, lang: str, span: ReferenceRange) -> list[Period]:
    """Periods read against both ends of a range; a value the ends disagree on is unresolved."""
    early = periods(text, lang, span.earliest)
    if not early:
        return []  # what the earliest end finds, the latest finds too: nothing to pin
    late = {(p.start, p.end): p for p in periods(text, lang, span.latest)}
    pinned = []
    for period in early:
        other = late.get((period.start, period.end))
        if other is None or other.value == period.value:
            pinned.append(period)
        else:
            pinned.append(replace(period, value=None, resolved=False))
    return pinned


_HYPHENED_WORDS = re.compile(r"([^\W\d_]+)-([^\W\d_]+)")


def _dashed_month_ranges(text: str, grammar: Grammar) -> str:
    """``text`` with the hyphen of "April-June", "abril-junio" written as a dash (same length,
    so offsets hold): a range of two full month names, which the month pattern, wary of
    hyphenated words, would read as the first month alone."""
    if "-" not in text:
        return text
    return _HYPHENED_WORDS.sub(
        lambda m: f"{m.group(1)}–{m.group(2)}"
        if m.group(1).casefold() in grammar.full_months
        and m.group(2).casefold() in grammar.full_months else m.group(0), text)


#: (first month, last month) -> the period a range of whole months spans
_MONTH_SPANS = {(1, 3): ("quarter", "Q1"), (4, 6): ("quarter", "Q2"), (7, 9): ("quarter", "Q3"),
                (10, 12): ("quarter", "Q4"), (1, 6): ("half", "H1"), (7, 12): ("half", "H2"),
                (1, 12): ("year", "")}


def _merge_month_ranges(found: list[Period], text: str, lang: str) -> list[Period]:
    """"entre julio y septiembre", "from July to September": a calendar quarter, not two months;
    "between January and December 2023" is the year 2023 (the first month takes the year written
    after the last), "de janeiro a junho" its first half."""
    connectors = {c.casefold() for c in _range_connectors(lang)}
    merged: list[Period] = []
    for period in found:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.kind == "month" and period.kind == "month"
                and previous.value and period.value):
            between = text[previous.end:period.start].strip().casefold()
            own = period.text.split(maxsplit=1)[0].casefold() if period.text else ""
            joined = between in connectors or (not between and own in connectors)
            months = (int(previous.value[5:7]), int(period.value[5:7]))
            # ("for April to June" in July: "for April" alone would be next year's; the range
            # is one span, of the year its last month is read in)
            same_year = previous.value[:4] == period.value[:4] or (
                previous.relative and months[0] <= months[1])
            span = _MONTH_SPANS.get(months)
            if joined and same_year and span:
                kind, suffix = span
                year = period.value[:4]
                merged[-1] = Period(
                    value=f"{year}-{suffix}" if suffix else year, kind=kind,
                    start=previous.start, end=period.end, text=text[previous.start:period.end],
                    relative=previous.relative and period.relative, resolved=True,
                    rule=f"period.month_range.{kind}.v1",
                )
                continue
            if joined and same_year and previous.value[:4] != period.value[:4]:
                # "entre marzo y mayo de 2023", March read as 2025-03: the year is the last's
                merged[-1] = Period(
                    value=f"{period.value[:4]}{previous.value[4:]}", kind="month",
                    start=previous.start, end=previous.end, text=previous.text,
                    relative=False, resolved=True, rule=previous.rule)
        merged.append(period)
    return merged


@cache
def _range_connectors(lang: str) -> tuple[str, ...]:
    data = load(lang, "periods") if LANG_CODE.match(lang) else {}
    return tuple(data.get("range_connectors") or ("-", "–"))


#: Characters before a date, and at the head of its span (which may hold its preposition), where
#: a deadline word makes it no candidate for the day an article was written.
DEADLINE_LOOKBACK = 16
DEADLINE_INSIDE = 8


@cache
def _deadline_re(lang: str) -> re.Pattern[str] | None:
    words = (load(lang, "periods") if lang in SUPPORTED else {}).get("deadline_words") or ()
    if not words:
        return None
    alternation = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


#: Range connectors that are conjunctions: "on 3 March and 5 March" names two days, no span.
_CONJUNCTION_CONNECTORS = frozenset({"and", "et", "y", "e", "und"})


@cache
def _range_end_re(lang: str) -> re.Pattern[str] | None:
    """What stands between the two dates of a span ("au", "al", "bis", "to", "-"), and an
    article after it ("au 30 juin", "al 30 de junio")."""
    data = load(lang, "periods") if lang in SUPPORTED else {}
    words = [str(w) for w in data.get("range_connectors") or ()
             if str(w).lower() not in _CONJUNCTION_CONNECTORS]
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    articles = "|".join(re.escape(str(a)) for a in data.get("articles") or ())
    article = rf"(?:\s+(?:{articles}))?" if articles else ""
    return re.compile(rf"\s*(?:{alternation}){article}\s*", re.IGNORECASE)


def _gaps(text: str, end: int, period: Period) -> tuple[str, ...]:
    """What stands between a date and the next: the text between them, and that text with the
    next date's leading words up to its first digit (a span keeps its preposition: "au 30
    juin")."""
    between = text[end:period.start]
    lead = re.match(r"\D*", period.text)
    return (between, between + (lead.group(0) if lead else ""))


def infer_document_date(text: str, lang: str) -> date | None:
    """The latest full date (day, month and year all written) that ``text`` states, or None;
    never a deadline ("a contract until 30 June 2027", ``deadline_words``) nor the end of a span
    ("du 3 février 2026 au 30 juin 2029", ``range_connectors``).

    Used when metadata gives no publication date; relative words ("yesterday") cannot help since
    they need the very date we are looking for.
    """
    best: date | None = None
    deadline = _deadline_re(lang)
    range_end = _range_end_re(lang)
    previous: Period | None = None
    for period in periods(text, lang, None):
        if period.kind != "date" or period.relative or period.value is None:
            continue
        after_range = previous is not None and range_end is not None and any(
            range_end.fullmatch(gap) for gap in _gaps(text, previous.end, period))
        previous = period
        if after_range:
            continue  # "du 3 février 2026 au 30 juin 2029": the end of a span, often to come
        window = text[max(0, period.start - DEADLINE_LOOKBACK):period.start + DEADLINE_INSIDE]
        if deadline is not None and deadline.search(window):
            continue  # "a contract until 30 June 2027": a deadline, not when it was written
        day = date.fromisoformat(period.value)
        if best is None or day > best:
            best = day
    return best


def _select(candidates: list[Candidate]) -> list[Period]:
    """Longest non-overlapping matches; ties go to the higher priority, then the earlier start."""
    starts: list[int] = []  # kept spans, sorted by start; they never overlap each other
    chosen: list[Candidate] = []
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    for candidate in ordered:
        index = bisect_right(starts, candidate.start)
        if index and chosen[index - 1].end > candidate.start:
            continue
        if index < len(chosen) and chosen[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        chosen.insert(index, candidate)
    return [c.period for c in chosen if c.period is not None]


#: Builder of each pattern name (the grammar names them; see period_grammar.NEEDS).
_BUILDERS = {**DATE_BUILDERS, **RELATIVE_BUILDERS}


__all__ = ["infer_document_date", "periods"]
