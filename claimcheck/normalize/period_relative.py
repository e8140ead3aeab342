"""Builders of the periods read against the article's date: weekdays ("on Friday", "am
Freitagabend"), days of the month ("on the 18th"), holidays ("Easter 2018", "by Easter"),
durations ("two years ago", "tra due settimane", "3 days after Christmas"), and the loose runs of
date words no rule reads, which dateparser resolves.

The reading conventions (latest occurrence not after the reference, a coming one when the words
before announce the future) are in :mod:`claimcheck.normalize.calendar_math`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.model import Period
from claimcheck.normalize import calendar_math as cal
from claimcheck.normalize.date_parser import resolve_span
from claimcheck.normalize.period_grammar import Candidate, Grammar, norm
from claimcheck.normalize.period_reading import (
    CLOSES_DAY,
    PREVIOUS_WORD,
    WORDS_BEFORE,
    consume,
    future,
    make,
    unit_follows,
    written_day,
    written_month,
)

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
#: The rule of a duration counted on from the event told before ("two days later").
SEQUEL_RULE = "period.relative.sequel.v1"


#: The first word after "two weeks after", an elided article kept ("l'alluvione" -> "l'").
_OPENER = re.compile(r"[^\W\d_]+['’]?")
#: Nothing but a full stop (or nothing) up to the end of the text.
_SENTENCE_END = re.compile(r"\s*(?:[.!?]\s*)?$")


def _name_like(grammar: Grammar, text: str, start: int) -> bool:
    """The weekday at ``start`` is part of a name: after a capitalized word that does not open a
    sentence ("Man Friday"), or, for a weekday that is also a first name, capitalized anywhere
    but at the start of a sentence ("Plácido Domingo cantó")."""
    window = max(0, start - 80)  # a bounded look back: sentences can be very long
    before = text[window:start].rstrip()
    word = WORDS_BEFORE.match(text, start)
    if (word is not None and norm(word.group(0)) in grammar.weekday_names
            and text[start:start + 1].isupper()):
        return (bool(before) or window > 0) and before[-1:] not in ".!?:;\"«“(—–-"
    previous = PREVIOUS_WORD.search(before)
    if not previous or not previous.group(1)[:1].isupper():
        return False
    opening = before[:previous.start()].rstrip()
    if not opening:
        return window > 0
    return opening[-1] not in ".!?:;\"«“(—–-"


def _build_weekday(grammar: Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> Candidate | None:
    if match.group("rec"):
        return consume(match, priority=5)  # "every Friday", "ogni lunedì": no one day
    weekday = grammar.weekdays.get(norm(match.group("wd")))
    if weekday is None:
        return None
    article = PREVIOUS_WORD.search(text[max(0, match.start("wd") - 12):match.start("wd")])
    if article and norm(article.group(1)) in grammar.duration_articles:
        return consume(match, priority=5)  # "held on a Friday", "un vendredi": no one day
    introduced = match.start("wd") > match.start()
    if not introduced and _name_like(grammar, text, match.start("wd")):
        return None
    if norm(match.group("wd")) in grammar.weekdays_with_lead and not (
            match.group("mod1") or match.group("mod2") or match.group("wk1")
            or match.group("wk2")):
        before = PREVIOUS_WORD.search(text[max(0, match.start("wd") - 20):match.start("wd")])
        lead_word = norm(before.group(1)) if before else ""
        if lead_word not in grammar.weekday_leads or not re.match(
                r"\s*(?:$|[.,;:!?)(]|\s(?:e|ou|a|à|de)\s)", text[match.end():match.end() + 8]):
            return None  # "a segunda maior economia", "na segunda volta": an ordinal
    week_phrase = match.group("wk1") or match.group("wk2")
    modifier = norm(match.group("mod1") or match.group("mod2") or "")
    how, offset = grammar.weekday_modifiers.get(modifier, ("", 0))
    if reference is None:
        return make("date", None, match, "period.weekday.v1", relative=True, priority=2)
    if week_phrase:
        weeks = grammar.week_offsets.get(norm(week_phrase), 0)
        day = cal.weekday_in_week(weekday, reference, weeks)
    elif how == "week":
        day = cal.weekday_in_week(weekday, reference, offset)
    elif how == "occurrence" and offset > 0:
        day = cal.next_weekday(weekday, reference)
    elif how == "occurrence":
        day = cal.latest_weekday(weekday, reference, strictly_before=True)
    elif future(grammar, text, match.start()):
        day = cal.next_weekday(weekday, reference, inclusive=True)
    else:
        day = cal.latest_weekday(weekday, reference)
    return make("date", day.isoformat(), match, "period.weekday.v1", relative=True, priority=2)


def _build_weekday_day(grammar: Grammar, match: re.Match[str], text: str,
                       reference: date | None) -> Candidate | None:
    """"Monday 21": only when the day closes the phrase or is marked as a day ("the 23rd",
    "der 25.", "terça-feira (12)"), since "on Monday 21 people died" counts people. A day in
    brackets is the day of the month the writer pins the weekday to: where the two disagree
    the number wins, as the nearer and more specific of the two."""
    weekday = grammar.weekdays.get(norm(match.group("wd")))
    number = written_day(grammar, match)
    if weekday is None or number is None or not 1 <= number <= 31:
        return None
    if match.group("dw") and "," in match.group(0):
        return None  # "nesta quarta-feira, segundo as empresas": "according to", not the 2nd
    short = norm(match.group("wd")) in grammar.short_weekdays
    bracketed = bool(match.group("par"))
    marked = bracketed or bool(match.group("art")) or bool(match.group("dw")) or bool(
        re.search(r"\d(?:st|nd|rd|th|\.|º|°|ª)$", match.group(0)))
    if not CLOSES_DAY.match(text, match.end()) and not marked:
        return None
    if short and not marked and not CLOSES_DAY.match(text, match.end()):
        return None
    if unit_follows(grammar, text, match.end()):
        return None
    if reference is None:
        return make("date", None, match, "period.weekday.day.v1", relative=True, priority=2)
    day = cal.weekday_with_day(weekday, number, reference)
    if bracketed:
        by_number = cal.nearest_day_of_month(number, reference)
        if by_number is not None and (day is None or abs((day - reference).days) > 7):
            day = by_number
    value = day.isoformat() if day else None
    return make("date", value, match, "period.weekday.day.v1", relative=True, priority=2)


def _build_day_of_month(grammar: Grammar, match: re.Match[str], text: str,
                        reference: date | None) -> Candidate | None:
    """"on the 18th", "il 15", "el día 4": the latest such day not after the reference, only
    when nothing but punctuation follows (not "il 15 per cento", "the 4th largest")."""
    number = written_day(grammar, match)
    if number is None or not 1 <= number <= 31:
        return None
    relative_month = match.group("rm")
    if not match.group("lead") and not relative_month:
        return None
    if re.search(r"\dro$", match.group(0)) and number not in (1, 3):
        return None  # "1ro", "3ro"; "21ro" is no Spanish ordinal
    if not relative_month and not CLOSES_DAY.match(text, match.end()):
        return None
    lead = norm(match.group("lead") or "")
    if lead not in grammar.strong_day_leads and not re.search(
            r"\d(?:st|nd|rd|th|\.|º|°|ª|ro)$", match.group(0)) and not relative_month:
        # "il 15" / "le 27" / "el primero" end a clause as often with a count or a pronoun as
        # with a day: only at the very end of a sentence, where nothing else claims them
        if not _SENTENCE_END.match(text, match.end()):
            return None
    if reference is None:
        return make("date", None, match, "period.day_of_month.v1", relative=True, priority=1)
    if relative_month:
        months = grammar.relative_months.get(norm(relative_month), 0)
        anchor = cal.shift_months(reference.replace(day=1), months)
        day = cal.valid_day(anchor.year, anchor.month, number)
    elif future(grammar, text, match.start()):
        day = cal.next_day_of_month(number, reference)
    else:
        day = cal.nearest_day_of_month(number, reference)
    value = day.isoformat() if day else None
    return make("date", value, match, "period.day_of_month.v1", relative=True, priority=1)


def _build_nth_weekday(grammar: Grammar, match: re.Match[str], text: str,
                       reference: date | None) -> Candidate | None:
    rank = grammar.weekday_ranks.get(norm(match.group("rank")))
    weekday = grammar.weekdays.get(norm(match.group("wd")))
    if rank is None or weekday is None:
        return None
    year = int(match.group("year")) if match.group("year") else None
    if match.group("mon"):
        month = written_month(grammar, match)
        if month is None:
            return None
        if year is None:
            if reference is None:
                return make("date", None, match, "period.weekday.nth.v1", relative=True)
            year, month = cal.nearest_month(month, reference)
    else:
        if reference is None:
            return make("date", None, match, "period.weekday.nth.v1", relative=True)
        months = grammar.relative_months.get(norm(match.group("rm")), 0)
        anchor = cal.shift_months(reference.replace(day=1), months)
        year, month = anchor.year, anchor.month
    day = cal.nth_weekday(year, month, weekday, rank)
    return make("date", day.isoformat() if day else None, match, "period.weekday.nth.v1",
                relative=not match.group("year"), priority=2)


def _build_holiday(grammar: Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> Candidate | None:
    rule = grammar.holidays.get(norm(match.group("hol")))
    if rule is None:
        return None
    modifier = grammar.holiday_modifiers.get(norm(match.group("hm") or ""), 0)
    if match.group("year"):
        day = cal.holiday_in(rule, int(match.group("year")))
        relative = False
    elif reference is None:
        return make("date", None, match, "period.holiday.v1", relative=True, priority=2)
    elif match.group("ry"):
        offset = grammar.relative_years.get(norm(match.group("ry")), 0)
        day, relative = cal.holiday_in(rule, reference.year + offset), True
    elif modifier > 0:
        day, relative = cal.next_holiday(rule, reference), True
    elif modifier == 0 and future(grammar, text, match.start()):
        day, relative = cal.next_holiday(rule, reference, inclusive=True), True
    elif modifier < 0:
        day, relative = cal.latest_holiday(rule, reference, strictly_before=True), True
    else:
        day, relative = cal.nearest_holiday(rule, reference), True
    return make("date", day.isoformat() if day else None, match, "period.holiday.v1",
                relative=relative, priority=2)


def loose_date(grammar: Grammar, match: re.Match[str], text: str,
               reference: date | None) -> Period | None:
    """dateparser's reading of a run of date tokens, kept only when it agrees with what is
    written: the named month, a written day, a written year (dateparser fills in what is
    missing and would otherwise invent)."""
    if reference is None:
        return None
    span = match.group(0).rstrip(" ,.-/")
    words = re.findall(r"[^\W\d_]+", span)
    named = {grammar.months[norm(w)] for w in words if norm(w) in grammar.months}
    for word in (w for w in words if norm(w) in grammar.months):
        plain = not word[:1].isupper()
        if norm(word) in grammar.ambiguous_months and grammar.capitalized_ambiguous and plain:
            return None  # "you may 5 times"
        if norm(word) not in grammar.full_months and plain:
            return None  # "5 set", "12 mar": abbreviations of months only capitalized
    numbers = [int(n) for n in re.findall(r"\d+", span)]
    if len(named) != 1 or not numbers or any(n > 31 and not 1000 <= n <= 2199 for n in numbers):
        return None
    unknown = [w for w in words if norm(w) not in grammar.months and norm(w) not in
               grammar.weekdays and not re.fullmatch(r"st|nd|rd|th|er|o|a|ro", norm(w))]
    if len(unknown) > 1:
        return None  # more words than a joiner: not a date written tersely
    prefer = "future" if future(grammar, text, match.start()) else "past"
    read = resolve_span(span, grammar.lang, reference, prefer)
    if read is None or read[0] not in ("date", "month"):
        return None
    kind, value = read
    year, month = int(value[:4]), int(value[5:7])
    years = [n for n in numbers if n >= 1000]
    if month not in named or years and year not in years:
        return None
    if kind == "date" and int(value[8:10]) not in numbers:
        return None
    start = match.start()
    return Period(value=value, kind=kind, start=start, end=start + len(span), text=span,
                  relative=not years, resolved=True, rule="period.date.loose.dateparser.v1")


def _duration(grammar: Grammar, text: str) -> list[tuple[int, str]]:
    """(count, unit) pairs of "2 weeks and 2 days", "un mese", "drei Wochen"."""
    parts = []
    assert grammar.count_pattern is not None
    for found in grammar.count_pattern.finditer(text):
        word = norm(found.group("n"))
        count = int(word) if word.isdigit() else (1 if word in grammar.duration_articles
                                                   else grammar.number_words.get(word))
        unit = grammar.duration_units.get(norm(found.group("u")))
        if count is None or unit is None:
            return []
        parts.append((count, unit))
    return parts


def _granularity(parts: list[tuple[int, str]]) -> str:
    """The kind of period a duration lands on: a year, a quarter or a month when only those are
    counted ("two years ago" is a year, as a claim about it is about that year), else a day."""
    units = {unit for _count, unit in parts}
    for kind in ("year", "quarter", "month"):
        if units <= {kind}:
            return kind
    return "date"


def _moved(start: date, parts: list[tuple[int, str]], sign: int,
           kind: str | None = None) -> str | None:
    """The value of ``start`` moved by a duration, as a period of ``kind`` (see
    :func:`_granularity`)."""
    kind = kind or _granularity(parts)
    try:
        if kind == "year":
            return str(start.year + sign * sum(c for c, _u in parts))
        if kind == "month":
            moved = cal.shift_months(start, sign * sum(c for c, _u in parts))
            return f"{moved.year:04d}-{moved.month:02d}"
        if kind == "quarter":
            moved = cal.shift_months(start, 3 * sign * sum(c for c, _u in parts))
            return f"{moved.year}-Q{(moved.month - 1) // 3 + 1}"
        day = start
        for count, unit in parts:
            if unit == "year":
                day = cal.shift_months(day, 12 * sign * count)
            elif unit == "quarter":
                day = cal.shift_months(day, 3 * sign * count)
            elif unit == "month":
                day = cal.shift_months(day, sign * count)
            else:
                day = day + timedelta(days=sign * count * _UNIT_DAYS.get(unit, 1))
        return day.isoformat()
    except (OverflowError, ValueError):
        return None


def _blocked(grammar: Grammar, text: str, start: int) -> bool:
    """"the first time in two years", "il livello più alto in due anni": a stretch of time, not
    a date: a blocker word among the few words before."""
    words = WORDS_BEFORE.findall(text[max(0, start - 60):start])[-5:]
    return any(norm(w) in grammar.duration_blockers for w in words)


def _build_duration(grammar: Grammar, match: re.Match[str], text: str,
                    reference: date | None, sign: int, cued: bool = False,
                    rule: str = "period.relative.counted.v1") -> Candidate | None:
    parts = _duration(grammar, match.group(0))
    if not parts:
        return None
    if sign > 0 and _blocked(grammar, text, match.start()):
        return consume(match)
    if cued and not future(grammar, text, match.start()):
        return consume(match)  # "in a year", "en dos años": a stretch of time unless "will"
    if _anchored_elsewhere(grammar, match, text):
        return consume(match)  # "two weeks after the floods": counted from an event
    kind = _granularity(parts)
    value = _moved(reference, parts, sign, kind) if reference is not None else None
    if reference is not None and value is None:
        return None
    return make(kind, value, match, rule, relative=True, priority=4)


def _anchored_elsewhere(grammar: Grammar, match: re.Match[str], text: str) -> bool:
    """Whether the duration goes on into "after / before <something>" ("dos semanas después de
    las lluvias"): then it counts from that event, which only the anchored rules can read."""
    for name in ("duration_after", "duration_before"):
        pattern = dict(grammar.patterns).get(name)
        if pattern is None:
            continue
        anchored = pattern.match(text, match.start())
        if anchored is None or anchored.start("anchor") < match.end():
            continue
        opener = _OPENER.match(text, anchored.start("anchor"))
        if opener is not None and norm(opener.group(0)) in grammar.event_openers:
            return True
    return False


def _build_duration_past(grammar: Grammar, match: re.Match[str], text: str,
                         reference: date | None) -> Candidate | None:
    return _build_duration(grammar, match, text, reference, -1)


def _build_duration_future(grammar: Grammar, match: re.Match[str], text: str,
                           reference: date | None) -> Candidate | None:
    return _build_duration(grammar, match, text, reference, +1)


def _build_duration_future_cued(grammar: Grammar, match: re.Match[str], text: str,
                                reference: date | None) -> Candidate | None:
    return _build_duration(grammar, match, text, reference, +1, cued=True)


def _build_duration_sequel(grammar: Grammar, match: re.Match[str], text: str,
                           reference: date | None) -> Candidate | None:
    """"two days later", "deux jours après": counted, like a peer's reader, from the reference
    date — but in a news story from the event told before, so marked as such (``SEQUEL_RULE``)
    for a claim to take no date from it."""
    return _build_duration(grammar, match, text, reference, +1, rule=SEQUEL_RULE)


#: Characters after "3 days after" within which its anchor must be read.
_ANCHOR_REACH = 80


def _build_anchored(grammar: Grammar, match: re.Match[str], text: str,
                    reference: date | None, sign: int) -> Candidate | None:
    """"3 days from tomorrow", "2 weeks before May 13 1999": a day counted from another one."""
    anchor_start = match.start("anchor")
    parts = _duration(grammar, text[match.start():anchor_start])
    if not parts:
        return None
    from claimcheck.normalize.periods import periods  # the anchor is any period

    found = periods(text[anchor_start:anchor_start + _ANCHOR_REACH], grammar.lang, reference)
    if not found or found[0].start != 0 or found[0].kind != "date":
        return None
    anchor = found[0]
    span = (match.start(), anchor_start + anchor.end, text)
    if anchor.value is None:
        return make("date", None, span, "period.relative.anchored.v1", relative=True,
                    priority=4)
    value = _moved(date.fromisoformat(anchor.value), parts, sign, "date")
    if value is None:
        return None
    return make("date", value, span, "period.relative.anchored.v1",
                relative=anchor.relative, priority=4)


def _build_duration_after(grammar: Grammar, match: re.Match[str], text: str,
                          reference: date | None) -> Candidate | None:
    return _build_anchored(grammar, match, text, reference, +1)


def _build_duration_before(grammar: Grammar, match: re.Match[str], text: str,
                           reference: date | None) -> Candidate | None:
    return _build_anchored(grammar, match, text, reference, -1)


#: Builder of each pattern name this module reads.
RELATIVE_BUILDERS = {
    "weekday": _build_weekday,
    "weekday_day": _build_weekday_day,
    "day_of_month": _build_day_of_month,
    "nth_weekday": _build_nth_weekday,
    "holiday": _build_holiday,
    "duration_past": _build_duration_past,
    "duration_future": _build_duration_future,
    "duration_future_cued": _build_duration_future_cued,
    "duration_sequel": _build_duration_sequel,
    "duration_after": _build_duration_after,
    "duration_before": _build_duration_before,
}
