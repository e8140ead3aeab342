"""Builders of written dates, months, quarters, halves, fiscal years, years and the relative
phrases of the language files ("last year", "ieri"); the helpers they share with the other
builders are in :mod:`claimcheck.normalize.period_reading`.

A builder reads one match of its pattern and returns a :class:`Candidate` (a period, or a span
to consume without one), or None when the match is no period after all.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.normalize import calendar_math as cal
from claimcheck.normalize.period_grammar import (
    MAX_YEAR,
    MIN_YEAR,
    Candidate,
    Grammar,
    norm,
)
from claimcheck.normalize.period_reading import (
    CURRENCY_SYMBOLS,
    NEUTRAL_UNITS,
    NEXT_WORD,
    PREVIOUS_WORD,
    ambiguous_month_ok,
    consume,
    future,
    make,
    possible_day,
    previous_word_blocks,
    spelled_year,
    unit_follows,
    written_day,
    written_month,
    written_year,
    yearless_day,
)

_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
# context guards of a bare four-digit year, see _plausible_year
_DIGIT_GROUP_BEFORE = re.compile(r"\d[ \t]$")
_DIGIT_GROUPS_AFTER = re.compile(r"(?:[ \t]\d+){2}")
_NOT_A_YEAR_AFTER = re.compile(r"\s*[/:]\d|[.,]\d|s\b|\s*(?:%|‰)")
_YEAR_SPAN_AFTER = re.compile(r"\s?[-–]\s?(?:\d{4}|\d\d)(?!\d)")
_YEAR_SPAN_BEFORE = re.compile(r"\d{4}\s?[-–]\s?$")
#: A capitalized word right after: "June Carter said".
_CAPITALIZED_NEXT = re.compile(r"\s+[A-Z]")


def _build_iso(grammar: Grammar, match: re.Match[str], text: str,
               reference: date | None) -> Candidate | None:
    day = cal.valid_day(int(match.group("year")), int(match.group("m")), int(match.group("d")))
    if day is None:
        return consume(match)
    return make("date", day.isoformat(), match, "period.date.iso.v1", priority=3)


def _build_compact(grammar: Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> Candidate | None:
    day = cal.valid_day(int(match.group("year")), int(match.group("m")), int(match.group("d")))
    if day is None or previous_word_blocks(grammar, text, match.start()):
        return None
    return make("date", day.isoformat(), match, "period.date.compact.v1", priority=3)


def _build_numeric(grammar: Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> Candidate | None:
    first, second = int(match.group("a")), int(match.group("b"))
    year = int(match.group("year")) if match.group("year") else cal.full_year(
        int(match.group("yy")))
    if match.group("yy") and match.group("s") == "." and not grammar.day_first:
        return None  # "1.5.25" in a language with decimal points: a version or a number
    day_month = (first, second) if grammar.day_first else (second, first)
    day = cal.valid_day(year, day_month[1], day_month[0])
    rule = "period.date.numeric.v1"
    if day is None:  # "25/12/2025" in English is still unambiguous
        day = cal.valid_day(year, day_month[0], day_month[1])
        rule = "period.date.numeric.swapped.v1"
    if day is None:
        return consume(match)
    return make("date", day.isoformat(), match, rule, priority=3)


def _build_spaced(grammar: Grammar, match: re.Match[str], text: str,
                  reference: date | None) -> Candidate | None:
    if not grammar.day_first:
        return None  # "6 12 2025" is no English way of writing a date
    day = cal.valid_day(int(match.group("year")), int(match.group("b")), int(match.group("a")))
    if day is None:
        return None
    return make("date", day.isoformat(), match, "period.date.spaced.v1", priority=2)


def _build_numeric_short(grammar: Grammar, match: re.Match[str], text: str,
                         reference: date | None) -> Candidate | None:
    """A day and month without a year: "on 22/04", "am 15.01.", "Friday 7/6"; only introduced,
    or with a slash, or German-style with its final dot, since "4.22" alone is a number."""
    separator = match.group("s")
    lead = norm(match.group("lead") or "")
    if norm(text[match.start("a"):match.end("b")]) in grammar.not_dates:
        return None
    first, second = int(match.group("a")), int(match.group("b"))
    german_dot = separator == "." and bool(match.group("dot")) and grammar.day_first
    strong = bool(match.group("wdp")) or lead in grammar.strong_day_leads or german_dot
    if separator in ".-" and not strong:
        return None  # "el 22.6 por ciento", "ganó el 2-1": a number, a score
    if separator == "/" and not (strong or lead) and first <= 12 and second <= 12:
        return None  # "a 2/3 majority": a fraction
    before = text[max(0, match.start() - 10):match.start()].rstrip()
    if before[-1:] and before[-1] in CURRENCY_SYMBOLS + "#№§":
        return None
    if unit_follows(grammar, text, match.end()):
        return None
    day_month = (first, second) if grammar.day_first else (second, first)
    if not possible_day(day_month[1], day_month[0]):
        day_month = (day_month[1], day_month[0])
        if not possible_day(day_month[1], day_month[0]):
            return None
    offset = grammar.weekday_modifiers.get(lead, ("", 0))[1] if lead and not match.group(
        "wdp") else 0
    value = yearless_day(day_month[1], day_month[0], reference, offset,
                         future(grammar, text, match.start()),
                         grammar.weekdays.get(norm(match.group("wdp") or "")))
    return make("date", value, match, "period.date.numeric_no_year.v1", relative=True,
                priority=2)


def _build_month_numeric(grammar: Grammar, match: re.Match[str], text: str,
                         reference: date | None) -> Candidate | None:
    """"2016-11", "11/2016", "2015.3"; "32 - 2015" is no month and no year either."""
    year = int(match.group("year") or match.group("year2"))
    month_text = match.group("m") or match.group("m2")
    month = int(month_text)
    separator = match.group("s") or match.group("s2")
    if match.group("year") and len(month_text) == 2 and month == (year + 1) % 100:
        return None  # "2011-12", "2019/20": a season, left to the year guards
    if not 1 <= month <= 12:
        return consume(match)
    if separator == "." and not grammar.day_first and len(month_text) == 1 and match.group("m2"):
        return None  # "3.2015" in English is a number
    if unit_follows(grammar, text, match.end()) or previous_word_blocks(grammar, text,
                                                                          match.start()):
        return None
    return make("month", f"{year:04d}-{month:02d}", match, "period.month.numeric.v1",
                priority=2)


def _build_day_month(grammar: Grammar, match: re.Match[str], text: str,
                     reference: date | None, rule: str) -> Candidate | None:
    month = written_month(grammar, match)
    if month is None or not ambiguous_month_ok(grammar, match, bare=False):
        return None
    abbreviated = norm(match.group("mon")).rstrip(".") not in grammar.full_months
    year, implicit, written = written_year(grammar, match, reference)
    day_number = written_day(grammar, match)
    if day_number is None or not 1 <= day_number <= 31:
        return None
    groups = match.groupdict()
    if groups.get("dw") and groups.get("yw") and spelled_year(
            f"{groups['dw']} {groups['yw']}", grammar.lang) is not None:
        return None  # "October two thousand and five": a month and its year
    month_word = match.group("mon")
    tight = bool(re.search(r"[-/]", text[match.start():match.end()]))
    marked = bool(groups.get("dw")) or bool(re.search(
        r"\d(?:st|nd|rd|th|er|º|°|ª|ro)", text[match.start():match.end()])) or bool(
        re.search(r"\d\s+[^\W\d_]+\s+" + re.escape(month_word), text[match.start():match.end()]))
    shown = month_word[:1].isupper() or text[match.end("mon"):match.end("mon") + 1] == "."
    if abbreviated and not written and not tight and not marked and not shown:
        return None  # "12 mar", "5 set": too often not a date
    before_day = text[max(0, match.start("d") - 10):match.start("d")].rstrip() if groups.get(
        "d") else ""
    if before_day and before_day[-1] in CURRENCY_SYMBOLS:
        return None  # "$12 December 27": an amount, then the date
    if groups.get("yw") and year is None:
        return _without_year(grammar, match, text, reference,
                             "dmy" if rule.endswith("dmy.v1") else "mdy")
    if written and year is None and not groups.get("ry"):
        return None
    if (groups.get("year") and not MIN_YEAR <= int(groups["year"]) <= MAX_YEAR
            and unit_follows(grammar, text, match.end())):
        return None
    if groups.get("yj") and unit_follows(grammar, text, match.end()):
        return None
    modifier = norm(groups.get("mod") or groups.get("mod2") or "")
    if year is None and (written or reference is None):
        if cal.valid_day(2000, month, day_number) is None:  # 2000 is a leap year
            return None
        return make("date", None, match, rule, relative=True, priority=2)
    if not written:
        offset = grammar.month_modifiers.get(modifier, 0)
        value = yearless_day(month, day_number, reference, offset,
                             not modifier and future(grammar, text, match.start()),
                             grammar.weekdays.get(norm(groups.get("wdp") or "")))
        if value is None:
            return None if cal.valid_day(2000, month, day_number) is None else consume(match)
        return make("date", value, match, rule, relative=True, priority=2)
    assert year is not None
    day = cal.valid_day(year, month, day_number)
    if day is None:  # "30 February 2025": a typo; its year is no safer than its day
        return consume(match)
    return make("date", day.isoformat(), match, rule, relative=implicit, priority=2)


def _without_year(grammar: Grammar, match: re.Match[str], text: str, reference: date | None,
                  name: str) -> Candidate | None:
    """The same expression read without the words after it that were no year ("il 24 febbraio
    un piano": "un" is an article)."""
    end = match.start("yw")
    while end > match.start() and text[end - 1].isspace():
        end -= 1
    shorter = dict(grammar.patterns)[name].match(text, match.start(), end)
    if shorter is None or shorter.end() >= match.end() or shorter.group("yw"):
        return None
    return DATE_BUILDERS[name](grammar, shorter, text, reference)


def _build_dmy(grammar: Grammar, match: re.Match[str], text: str,
               reference: date | None) -> Candidate | None:
    return _build_day_month(grammar, match, text, reference, "period.date.dmy.v1")


def _build_mdy(grammar: Grammar, match: re.Match[str], text: str,
               reference: date | None) -> Candidate | None:
    if not match.group("d") and not match.group("dw"):
        return None
    if not match.group("sep") and norm(match.group("mon")) in grammar.full_months:
        return None  # "June12": only abbreviations are written glued to their day ("Dec31")
    return _build_day_month(grammar, match, text, reference, "period.date.mdy.v1")


def _build_cluster(grammar: Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> Candidate | None:
    """Sep-23-2020, 2020/23/Sep, 23-2020-September: a month name, a year and a day, any order."""
    parts = [match.group(name) for name in ("c1", "c2", "c3")]
    month = year = day = None
    for part in parts:
        if part.isdigit():
            if len(part) == 4 and year is None:
                year = int(part)
            elif len(part) <= 2 and day is None:
                day = int(part)
            else:
                return None
        else:
            number = grammar.months.get(norm(part).rstrip("."))
            if number is None or month is not None:
                return None
            month = number
    if month is None or year is None or day is None:
        return None
    found = cal.valid_day(year, month, day)
    if found is None:
        return consume(match)
    return make("date", found.isoformat(), match, "period.date.cluster.v1", priority=2)


def _build_month(grammar: Grammar, match: re.Match[str], text: str,
                 reference: date | None) -> Candidate | None:
    month = written_month(grammar, match)
    groups = match.groupdict()
    modifier = norm(groups.get("mod") or groups.get("mod2") or "")
    year, implicit, written = written_year(grammar, match, reference)
    if groups.get("yw") and year is None:
        return _without_year(grammar, match, text, reference, "month")
    bare = not written and not modifier
    if month is None or not ambiguous_month_ok(grammar, match, bare=bare):
        return None
    abbreviated = norm(match.group("mon")).rstrip(".") not in grammar.full_months
    if abbreviated and not written:
        return None  # abbreviations only with a year
    if (bare and grammar.months_are_names and match.start("mon") == match.start()
            and _CAPITALIZED_NEXT.match(text, match.end())):
        return None  # "June Carter said": a first name, not a month
    if groups.get("y9") and not MIN_YEAR <= cal.full_year(int(groups["y9"])) <= MAX_YEAR:
        return None
    if (groups.get("yj") or groups.get("y9")) and unit_follows(grammar, text, match.end()):
        return None
    if written and year is None:
        return make("month", None, match, "period.month.v1", relative=True, priority=1)
    if not written:
        if reference is None:
            return make("month", None, match, "period.month.v1", relative=True, priority=1)
        offset = grammar.month_modifiers.get(modifier)
        if offset is None and future(grammar, text, match.start()):
            year, _month = cal.next_month(month, reference, inclusive=True)
        elif offset is None:
            year, _month = cal.nearest_month(month, reference)
        elif offset < 0:
            year, _month = cal.latest_month(month, reference, strictly_before=True)
        elif offset > 0:
            year, _month = cal.next_month(month, reference)
        else:
            year = reference.year  # "this June"
    assert year is not None
    return make("month", f"{year:04d}-{month:02d}", match, "period.month.v1",
                relative=implicit, priority=1)


def _build_year_month(grammar: Grammar, match: re.Match[str], text: str,
                      reference: date | None) -> Candidate | None:
    month = written_month(grammar, match)
    if month is None or not ambiguous_month_ok(grammar, match, bare=False):
        return None
    written = match.group("mon")
    if match.group("comma") and norm(written) in grammar.ambiguous_months:
        return None  # "In 2016, May said": a name
    if norm(written).rstrip(".") not in grammar.full_months and not re.match(
            r"\s*(?:$|[.,;:!?)])", text[match.end():match.end() + 8]):
        return None  # "2016, nov" only when nothing follows the abbreviation
    return make("month", f"{int(match.group('year')):04d}-{month:02d}", match,
                "period.month.year_first.v1", priority=1)


def _written_fiscal_year(digits: str | None, end_digits: str | None) -> int | None:
    """FY24 -> 2024; FY2024/25 and Geschäftsjahr 2023/24 are named by the year they end in."""
    if not digits:
        return None
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if end_digits:
        end = int(end_digits) if len(end_digits) == 4 else (year // 100) * 100 + int(end_digits)
        if end != year + 1:
            return None
        year = end
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _build_fiscal(grammar: Grammar, match: re.Match[str], text: str,
                  reference: date | None) -> Candidate | None:
    digits = match.group("fy") or match.group("fy4")
    year = _written_fiscal_year(digits, match.group("fend"))
    if year is None:
        return None
    return make("fiscal_year", f"FY{year}", match, "period.fiscal_year.v1", priority=2)


def _quarter_year(match: re.Match[str], reference: date | None,
                  grammar: Grammar | None = None) -> tuple[str | None, bool, bool]:
    """(year label, fiscal?, implicit?) of a quarter or half: "2024", "FY2024", "of two thousand
    and twenty", "of last year" (relative), the reference's."""
    groups = match.groupdict()
    if grammar is not None and (groups.get("yw") or groups.get("ry")):
        year, relative, _written = written_year(grammar, match, reference)
        return (str(year) if year is not None else None), False, relative
    fiscal = bool(groups.get("fisc") or groups.get("fisca") or groups.get("fq")
                  or groups.get("fy2a"))
    if groups.get("yy"):
        year: int | None = 2000 + int(groups["yy"])
    elif groups.get("fy2"):
        year = 2000 + int(groups["fy2"])
    elif groups.get("year"):
        year = int(groups["year"])
    else:
        if fiscal:
            return None, True, True  # "fiscal Q3" with no year: which fiscal year is unknown
        return (str(reference.year) if reference else None), False, True
    return (f"FY{year}" if fiscal else str(year)), fiscal, False


def _build_period_part(kind: str, number: int, match: re.Match[str], reference: date | None,
                       rule: str, grammar: Grammar | None = None) -> Candidate | None:
    label, fiscal, implicit = _quarter_year(match, reference, grammar)
    if kind == "quarter" and not 1 <= number <= 4 or kind == "half" and not 1 <= number <= 2:
        return None
    if implicit and not fiscal and reference is not None and label == str(reference.year):
        # "the fourth quarter" read in January is the one just ended: a part not yet begun is
        # last year's when that one ended more recently than this year's begins, unless the
        # clause speaks of the future
        length = 3 if kind == "quarter" else 6
        first_month = (number - 1) * length + 1
        since_end = reference.month - (first_month + length - 1) + 12
        if since_end < first_month - reference.month and not (
                grammar is not None
                and future(grammar, match.string, match.start(), by_preposition=False)):
            label = str(reference.year - 1)
    suffix = f"Q{number}" if kind == "quarter" else f"H{number}"
    value = f"{label}-{suffix}" if label else None
    return make(kind, value, match, rule, relative=implicit, priority=2)


def _letter_kind(grammar: Grammar, letter: str) -> str:
    return "half" if letter.upper() in grammar.half_letters.upper() else "quarter"


def _build_qletter(grammar: Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> Candidate | None:
    kind = _letter_kind(grammar, match.group("L"))
    has_year = bool(match.group("yy") or match.group("year") or match.group("fy2"))
    if not has_year and match.group("L") not in ("Q", "H"):
        return None  # "T3", "S1" alone are too often something else
    if not has_year and match.group("L") == "H":
        return None  # "H1" alone: a heading, a drug, a visa
    return _build_period_part(kind, int(match.group("n")), match, reference,
                              f"period.{kind}.letter.v1", grammar)


def _build_qletter_lower(grammar: Grammar, match: re.Match[str], text: str,
                         reference: date | None) -> Candidate | None:
    kind = _letter_kind(grammar, match.group("L"))
    return _build_period_part(kind, int(match.group("n")), match, reference,
                              f"period.{kind}.letter.v1", grammar)


def _build_qyear(grammar: Grammar, match: re.Match[str], text: str,
                 reference: date | None) -> Candidate | None:
    kind = _letter_kind(grammar, match.group("L"))
    return _build_period_part(kind, int(match.group("n")), match, reference,
                              f"period.{kind}.letter.v1", grammar)


def _build_qdigit(grammar: Grammar, match: re.Match[str], text: str,
                  reference: date | None) -> Candidate | None:
    kind = _letter_kind(grammar, match.group("L"))
    return _build_period_part(kind, int(match.group("n")), match, reference,
                              f"period.{kind}.letter.v1", grammar)


def _build_qword(grammar: Grammar, match: re.Match[str], text: str,
                 reference: date | None) -> Candidate | None:
    unit = norm(match.group("unit"))
    kind = "half" if unit in grammar.half_words else "quarter"
    if match.group("ordw"):
        number = grammar.ordinals.get(norm(match.group("ordw")))
    elif match.group("ordn"):
        number = int(match.group("ordn"))
    else:
        number = _ROMAN_QUARTERS.get(match.group("ordr") or "")
    if number is None:
        return None
    has_year = bool(match.group("year") or match.group("fy2"))
    if match.group("yw") and spelled_year(match.group("yw"), grammar.lang) is None:
        return None
    has_year = has_year or bool(match.group("yw") or match.group("ry"))
    if (kind == "half" and unit in grammar.halves_needing_year and not has_year
            and not re.search(r"\w-" + re.escape(match.group("unit")), match.group(0))):
        # "the first half" of a match, a film, a speech ("first-half profit", an adjective
        # compound, is the accounts' half-year)
        return None
    return _build_period_part(kind, number, match, reference, f"period.{kind}.word.v1",
                              grammar)


def _build_year_end_quarter(grammar: Grammar, match: re.Match[str], text: str,
                            reference: date | None) -> Candidate | None:
    return _build_period_part("quarter", 4, match, reference, "period.quarter.year_end.v1",
                              grammar)


def _build_year_start_quarter(grammar: Grammar, match: re.Match[str], text: str,
                              reference: date | None) -> Candidate | None:
    return _build_period_part("quarter", 1, match, reference, "period.quarter.year_start.v1",
                              grammar)


def _build_year_start_half(grammar: Grammar, match: re.Match[str], text: str,
                           reference: date | None) -> Candidate | None:
    return _build_period_part("half", 1, match, reference, "period.half.year_start.v1", grammar)


def _ending_in(grammar: Grammar, match: re.Match[str], reference: date | None,
               kind: str, rule: str, label) -> Candidate | None:
    """A period named by the month it ends in ("the year that ended in March", "the three
    months to September"); with no year written, the latest such month that has ended. ``label``
    makes the value from (year, month), or None when that month ends no such period."""
    month = written_month(grammar, match)
    if month is None or label(0, month) is None:
        return None
    year, implicit, written = written_year(grammar, match, reference)
    if not written:
        if reference is None:
            return make(kind, None, match, rule, relative=True, priority=2)
        year, _month = cal.latest_month(month, reference)  # a period that has ended
    return make(kind, label(year, month), match, rule, relative=implicit or not written,
                priority=2)


def _build_fiscal_end(grammar: Grammar, match: re.Match[str], text: str,
                      reference: date | None) -> Candidate | None:
    return _ending_in(grammar, match, reference, "fiscal_year", "period.fiscal_year.end.v1",
                      lambda year, _month: f"FY{year}")


def _build_quarter_end(grammar: Grammar, match: re.Match[str], text: str,
                       reference: date | None) -> Candidate | None:
    """"the three months to September": the calendar quarter ending that month (none when the
    month ends no calendar quarter)."""
    return _ending_in(grammar, match, reference, "quarter", "period.quarter.end.v1",
                      lambda year, month: None if month % 3 else f"{year}-Q{month // 3}")


def _build_nth_month(grammar: Grammar, match: re.Match[str], text: str,
                     reference: date | None) -> Candidate | None:
    """"the third month of 2021", "el noveno mes del próximo año"."""
    month = (grammar.month_ranks.get(norm(match.group("mrank"))) if match.group("mrank")
             else int(match.group("mnum")))
    if not month or not 1 <= month <= 12:
        return None
    year, relative, _written = written_year(grammar, match, reference)
    value = f"{year:04d}-{month:02d}" if year is not None else None
    return make("month", value, match, "period.month.nth.v1", relative=relative, priority=2)


def _build_year(grammar: Grammar, match: re.Match[str], text: str,
                reference: date | None) -> Candidate | None:
    year = int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if not _plausible_year(grammar, text, match.start("year"), match.end("year")):
        return None
    return make("year", str(year), match, "period.year.v1")


def _build_spelled_year(grammar: Grammar, match: re.Match[str], text: str,
                        reference: date | None) -> Candidate | None:
    year = spelled_year(match.group("yw"), grammar.lang)
    if year is None or year > MAX_YEAR or unit_follows(grammar, text, match.end()):
        return None
    return make("year", str(year), match, "period.year.spelled.v1")


def _plausible_year(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Whether the four digits at [start, end) read as a year, not money, a measure or a code."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    last_before = before.rstrip()[-1:]
    if last_before and last_before in CURRENCY_SYMBOLS + "#№§":
        return False
    if _DIGIT_GROUP_BEFORE.search(before) or _DIGIT_GROUPS_AFTER.match(after):
        return False  # digit groups: a phone number or a spaced figure
    if _NOT_A_YEAR_AFTER.match(after):
        return False  # "2023/24", "20:15", "2024,5", "1990s", "2024 %"
    if _YEAR_SPAN_AFTER.match(after) or _YEAR_SPAN_BEFORE.search(before):
        return False  # "2023-24", "2023–2024": a span of years is not one year
    next_word = NEXT_WORD.match(after)
    if next_word:
        word = next_word.group(1)
        if word in NEUTRAL_UNITS or norm(word) in grammar.not_after_year \
                or norm(word).rstrip(".") in grammar.not_after_year:
            return False
    previous_word = PREVIOUS_WORD.search(before)
    if previous_word:
        word = norm(previous_word.group(1))
        if word.rstrip(".") in grammar.not_before_year or word in grammar.not_before_year:
            return False
        if previous_word.group(1) in NEUTRAL_UNITS:
            return False  # "USD 2024", "CHF 2000"
    return True


def _build_relative(grammar: Grammar, match: re.Match[str], text: str,
                    reference: date | None) -> Candidate | None:
    phrase = norm(match.group(0))
    if phrase in grammar.ignored:
        return Candidate(match.start(), match.end(), None, priority=5)
    unit, offset = grammar.relative.get(phrase, ("", 0))
    if not unit:
        return None
    kind = ("year" if unit == "reporting_year"
            else unit if unit in ("year", "quarter", "month", "fiscal_year", "half") else "date")
    value = _shift(unit, offset, reference) if reference is not None else None
    return make(kind, value, match, "period.relative.v1", relative=True, priority=4)


def _shift(unit: str, offset: int, reference: date) -> str | None:
    """The period ``offset`` units away from the one containing ``reference``."""
    if unit == "year":
        return str(reference.year + offset)
    if unit == "reporting_year":
        # "for the full year": read in the first quarter, the year whose results are out; later,
        # the year under way (its outlook)
        return str(reference.year + offset - (1 if reference.month <= 3 else 0))
    if unit == "fiscal_year":
        return f"FY{reference.year + offset}"
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "quarter":
        index = reference.year * 4 + (reference.month - 1) // 3 + offset
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "half":
        index = reference.year * 2 + (reference.month - 1) // 6 + offset
        return f"{index // 2}-H{index % 2 + 1}"
    try:
        return (reference + timedelta(days=offset)).isoformat()
    except OverflowError:
        return None


#: Builder of each pattern name this module reads.
DATE_BUILDERS = {
    "iso": _build_iso,
    "compact": _build_compact,
    "numeric": _build_numeric,
    "spaced": _build_spaced,
    "numeric_short": _build_numeric_short,
    "month_numeric": _build_month_numeric,
    "dmy": _build_dmy,
    "mdy": _build_mdy,
    "cluster": _build_cluster,
    "month": _build_month,
    "year_month": _build_year_month,
    "fiscal": _build_fiscal,
    "qletter": _build_qletter,
    "qletter_lower": _build_qletter_lower,
    "qyear": _build_qyear,
    "qdigit": _build_qdigit,
    "qword": _build_qword,
    "year_end_quarter": _build_year_end_quarter,
    "year_end_quarter_of": _build_year_end_quarter,
    "year_start_quarter_of": _build_year_start_quarter,
    "year_start_half": _build_year_start_half,
    "year_start_half_of": _build_year_start_half,
    "fiscal_end": _build_fiscal_end,
    "quarter_end": _build_quarter_end,
    "quarter_of_month": _build_quarter_end,
    "month_quarter": _build_quarter_end,
    "nth_month": _build_nth_month,
    "year": _build_year,
    "spelled_year": _build_spelled_year,
    "relative": _build_relative,
}
