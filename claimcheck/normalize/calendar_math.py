"""Calendar arithmetic for periods: which day a weekday, a holiday or a yearless date stands for.

Pure functions of a reference date, no language knowledge. The reading conventions are chosen
for news, where most dates point back in time:

* a bare weekday is its **latest occurrence not after** the reference ("on Thursday");
* a yearless date, a bare month and a bare holiday are their latest occurrence not after the
  reference ("raised $2bn in October", read in March, is last October) **unless the next
  occurrence is less than half as far** (see :func:`nearest`): news announce what is coming
  ("the Euro, played from 14 June", read on 3 June; "a government by Easter", read in
  February);
* any of them is its first occurrence not before the reference when the words before it
  announce the future ("will vote on Thursday", "attendue mardi");
* "this / next / last Friday" is the Friday of the current / next / previous ISO week (Monday
  first); "the coming / the past Friday" is the first Friday after / the last one before;
* "next / last June" is the first June after / the last June before the reference's month;
* "Monday 21" is the 21st that falls on a Monday, in the reference's month or before it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

#: Two-digit years up to this value are read as 20xx, the others as 19xx ("05/05/71" is 1971).
TWO_DIGIT_PIVOT = 29
#: How far back a weekday-and-day search looks ("Sunday 31" may be 14 months back).
_MONTHS_SEARCHED = 36


def full_year(two_digits: int) -> int:
    """"24" -> 2024, "71" -> 1971: the pivot keeps the last three decades and the next one."""
    return 2000 + two_digits if two_digits <= TWO_DIGIT_PIVOT else 1900 + two_digits


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest(past: date | None, upcoming: date | None, reference: date) -> date | None:
    """The past occurrence, unless the upcoming one is less than half as far from
    ``reference``: a past bias, since news report more than they announce."""
    if past is None or upcoming is None:
        return past or upcoming
    return upcoming if 2 * (upcoming - reference).days < (reference - past).days else past


def nearest_day(month: int, day: int, reference: date) -> date | None:
    """A day written without its year, read as :func:`nearest` says."""
    return nearest(latest_day(month, day, reference), next_day(month, day, reference), reference)


def nearest_month(month: int, reference: date) -> tuple[int, int]:
    """A month written without its year: the latest not after the reference's, unless the next
    one is less than half as many months away ("in July", read in June, is next month)."""
    past = latest_month(month, reference)
    upcoming = next_month(month, reference)
    behind = (reference.year - past[0]) * 12 + reference.month - past[1]
    ahead = (upcoming[0] - reference.year) * 12 + upcoming[1] - reference.month
    return upcoming if 2 * ahead < behind else past


def latest_day(month: int, day: int, reference: date) -> date | None:
    """The latest ``month``/``day`` not after ``reference`` (29 February looks back 8 years)."""
    for year in range(reference.year, reference.year - 9, -1):
        found = valid_day(year, month, day)
        if found is not None and found <= reference:
            return found
    return None


def next_day(month: int, day: int, reference: date, *, inclusive: bool = False) -> date | None:
    """The first ``month``/``day`` after (or, inclusive, not before) ``reference``."""
    for year in range(reference.year, reference.year + 9):
        found = valid_day(year, month, day)
        if found is not None and (found > reference or inclusive and found == reference):
            return found
    return None


def latest_month(month: int, reference: date, *, strictly_before: bool = False) -> tuple[int, int]:
    """(year, month) of the latest ``month`` not after (or strictly before) the reference's."""
    if month < reference.month or month == reference.month and not strictly_before:
        return reference.year, month
    return reference.year - 1, month


def next_month(month: int, reference: date, *, inclusive: bool = False) -> tuple[int, int]:
    """(year, month) of the first ``month`` after (or, inclusive, not before) the reference's."""
    if month > reference.month or inclusive and month == reference.month:
        return reference.year, month
    return reference.year + 1, month


def next_day_of_month(day: int, reference: date) -> date | None:
    """"on the 18th" in a sentence about the future: the first 18th not before ``reference``."""
    year, month = reference.year, reference.month
    for _ in range(13):
        found = valid_day(year, month, day)
        if found is not None and found >= reference:
            return found
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return None


def latest_day_of_month(day: int, reference: date) -> date | None:
    """"the 18th": the latest 18th not after ``reference``."""
    year, month = reference.year, reference.month
    for _ in range(13):
        found = valid_day(year, month, day)
        if found is not None and found <= reference:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def weekday_in_week(weekday: int, reference: date, weeks: int = 0) -> date:
    """The ``weekday`` (1 = Monday) of the ISO week ``weeks`` away from the reference's."""
    monday = reference - timedelta(days=reference.isoweekday() - 1)
    return monday + timedelta(days=7 * weeks + weekday - 1)


def latest_weekday(weekday: int, reference: date, *, strictly_before: bool = False) -> date:
    """The latest ``weekday`` not after (or strictly before) ``reference``."""
    back = (reference.isoweekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return reference - timedelta(days=back)


def next_weekday(weekday: int, reference: date, *, inclusive: bool = False) -> date:
    """The first ``weekday`` after (or, inclusive, not before) ``reference``."""
    ahead = (weekday - reference.isoweekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return reference + timedelta(days=ahead)


def weekday_with_day(weekday: int, day: int, reference: date) -> date | None:
    """"Monday 21": the 21st that is a Monday, in the reference's month or the latest before."""
    year, month = reference.year, reference.month
    for _ in range(_MONTHS_SEARCHED):
        found = valid_day(year, month, day)
        if found is not None and found.isoweekday() == weekday:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` ``weekday`` of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        following = date(year + (month == 12), month % 12 + 1, 1)
        last = following - timedelta(days=1)
        found = last - timedelta(days=(last.isoweekday() - weekday) % 7)
        return found
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return found if found.month == month else None


@cache
def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_WEEKDAY_CODES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def holiday_in(rule: str, year: int) -> date | None:
    """The day a holiday rule (the language files' ``holidays`` values) gives in ``year``.

    ``"12-25"`` a fixed day; ``"easter"`` Easter Sunday; ``"4 thu 11"`` the 4th Thursday of
    November (``"last mon 5"`` the last Monday of May); ``"sun before 11-27"`` the last Sunday
    before 27 November. A final ``"+1"`` / ``"-2"`` shifts by days ("easter -2" is Good Friday).
    """
    words = rule.strip().lower().split()
    offset = 0
    if len(words) > 1 and words[-1][:1] in "+-" and words[-1][1:].isdigit():
        offset = int(words.pop())
    try:
        if words == ["easter"]:
            found: date | None = easter(year)
        elif len(words) == 1:
            month, day = words[0].split("-")
            found = valid_day(year, int(month), int(day))
        elif len(words) == 3 and words[1] == "before":
            month, day = words[2].split("-")
            limit = valid_day(year, int(month), int(day))
            found = None if limit is None else latest_weekday(
                _WEEKDAY_CODES[words[0]], limit, strictly_before=True)
        elif len(words) == 3:
            rank = -1 if words[0] == "last" else int(words[0])
            found = nth_weekday(year, int(words[2]), _WEEKDAY_CODES[words[1]], rank)
        else:
            return None
    except (KeyError, ValueError):
        return None
    return found + timedelta(days=offset) if found is not None else None


def nearest_holiday(rule: str, reference: date) -> date | None:
    """A holiday written without its year, read as :func:`nearest` says ("by Easter")."""
    return nearest(latest_holiday(rule, reference), next_holiday(rule, reference), reference)


def nearest_day_of_month(day: int, reference: date) -> date | None:
    """"on the 18th", read as :func:`nearest` says."""
    return nearest(latest_day_of_month(day, reference), next_day_of_month(day, reference),
                   reference)


def latest_holiday(rule: str, reference: date, *, strictly_before: bool = False) -> date | None:
    """The latest occurrence of a holiday not after (or strictly before) ``reference``."""
    for year in (reference.year, reference.year - 1):
        found = holiday_in(rule, year)
        if found is not None and (found < reference or found == reference and not strictly_before):
            return found
    return None


def next_holiday(rule: str, reference: date, *, inclusive: bool = False) -> date | None:
    """The first occurrence of a holiday after (or, inclusive, not before) ``reference``."""
    for year in (reference.year, reference.year + 1):
        found = holiday_in(rule, year)
        if found is not None and (found > reference or inclusive and found == reference):
            return found
    return None


def shift_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        found = valid_day(year, month + 1, min(day.day, candidate))
        if found is not None:
            return found
    raise ValueError("unreachable")


def date_span(label: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first and last (year, month, day) of a year, half, quarter, month or day label."""
    match = re.fullmatch(r"(\d{4})(?:-(?:(H|Q)(\d)|(\d{2})(?:-(\d{2}))?))?", label)
    if match is None:
        return None
    year = int(match.group(1))
    if match.group(2):
        months = 6 if match.group(2) == "H" else 3
        first = (int(match.group(3)) - 1) * months + 1
        return (year, first, 1), (year, first + months - 1, 31)
    if match.group(5):
        day = (year, int(match.group(4)), int(match.group(5)))
        return day, day
    if match.group(4):
        return (year, int(match.group(4)), 1), (year, int(match.group(4)), 31)
    return (year, 1, 1), (year, 12, 31)
