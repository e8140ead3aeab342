"""Periods: the years, fiscal years, halves, quarters, months and days a sentence is about.

Every form is found by our own regular expressions, built once per language from
``claimcheck/lang/<code>/periods.yaml`` (month names, ordinals, period words, relative phrases).
We never let a date library search free text: general date searchers read "14,3" as 14 March and
"49%" as 2049, and a wrong period silently re-dates a claim. No dateparser and no spaCy here, so
this runs on every sentence of every article.

Span convention: ``start``/``end`` cover the *whole time expression*, including the preposition or
article that introduces it and belongs to it ("nel 2024", "im Juni 2025", "le 12 juin 2025",
"in the third quarter of 2024"). Prepositions that change the meaning ("since", "dal", "bis") are
left out, the period itself is still returned.

Relative expressions ("last year", "ieri") and forms that omit the year ("giugno", "Q3",
"12 juin") are resolved against ``reference`` (the document date) and marked ``relative=True``;
without a reference they come back with ``value=None`` and ``resolved=False`` instead of a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from claimcheck.lang import load
from claimcheck.model import Period

#: Years a bare four-digit number may stand for.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Symbols that make a number money or a measure, whatever the language.
_NEUTRAL_UNITS = ("%", "‰", "$", "€", "£", "¥", "₹", "₽", "CHF", "USD", "EUR", "GBP", "km", "kg",
                  "m²", "km²", "MW", "GW", "kWh", "mph", "km/h", "ft", "mi", "t")
_CURRENCY_SYMBOLS = "$€£¥₹₽"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th|er|re|e|ème|eme|è|°|º|ª|o|a|\.)?"
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
_UNITS = ("year", "half", "quarter", "month", "day")
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")
_SPACE = re.compile(r"\s+")
# context guards of a bare four-digit year, see _plausible_year
_DIGIT_GROUP_BEFORE = re.compile(r"\d[ \t]$")
_DIGIT_GROUPS_AFTER = re.compile(r"(?:[ \t]\d+){2}")
_NOT_A_YEAR_AFTER = re.compile(r"\s*[/:]\d|[.,]\d|s\b|\s*(?:%|‰)")
_YEAR_SPAN_AFTER = re.compile(r"\s?[-–]\s?(?:\d{4}|\d\d)(?!\d)")
_YEAR_SPAN_BEFORE = re.compile(r"\d{4}\s?[-–]\s?$")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+\.?|[^\w\s])")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+\.?)\s*$")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A match before overlap resolution; ``period`` None means "consume, emit nothing"."""

    start: int
    end: int
    period: Period | None
    priority: int = 0


@dataclass(slots=True)
class _Grammar:
    """Compiled patterns and lookup tables of one language."""

    lang: str
    day_first: bool
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    capitalized_ambiguous: bool
    ordinals: dict[str, int]
    relative: dict[str, tuple[str, int]]
    number_words: dict[str, int]
    ignored: frozenset[str]
    not_before_year: frozenset[str]
    not_after_year: frozenset[str]
    half_needs_year: bool
    months_are_names: bool
    full_months: frozenset[str]
    half_words: frozenset[str]
    half_letters: str
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)


def periods(text: str, lang: str, reference: date | None) -> list[Period]:
    """Every period ``text`` states, sorted by start and non-overlapping (longest match wins).

    Relative forms are resolved against ``reference``: "a month later" / "un mese dopo" is read as
    one month after the document date, an approximation (the narrative may count from another
    event). Months, days and quarters written without a year take the reference's year.
    """
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, datetime):
        reference = reference.date()  # a timestamp would leak its time into day values
    grammar = _grammar(_language_code(lang))
    candidates: list[_Candidate] = []
    for name, pattern in grammar.patterns:
        builder = _BUILDERS[name]
        for match in pattern.finditer(text):
            candidate = builder(grammar, match, text, reference)
            if candidate is not None:
                candidates.append(candidate)
    return _merge_month_ranges(_select(candidates), text, lang)


_QUARTER_OF_MONTHS = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}


def _merge_month_ranges(found: list[Period], text: str, lang: str) -> list[Period]:
    """"entre julio y septiembre", "from July to September": a calendar quarter, not two months."""
    connectors = {c.casefold() for c in _range_connectors(_language_code(lang))}
    merged: list[Period] = []
    for period in found:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.kind == "month" and period.kind == "month"
                and previous.value and period.value and previous.value[:4] == period.value[:4]):
            between = text[previous.end:period.start].strip().casefold()
            months = (int(previous.value[5:7]), int(period.value[5:7]))
            quarter = _QUARTER_OF_MONTHS.get(months)
            if quarter and between in connectors:
                merged[-1] = Period(
                    value=f"{period.value[:4]}-Q{quarter}", kind="quarter", start=previous.start,
                    end=period.end, text=text[previous.start:period.end],
                    relative=previous.relative or period.relative, resolved=True,
                    rule="period.month_range.quarter.v1",
                )
                continue
        merged.append(period)
    return merged


@cache
def _range_connectors(lang: str) -> tuple[str, ...]:
    return tuple(load(lang, "periods").get("range_connectors") or ("-", "–"))


def infer_document_date(text: str, lang: str) -> date | None:
    """The latest full date (day, month and year all written) that ``text`` states, or None.

    Used when metadata gives no publication date; relative words ("yesterday") cannot help since
    they need the very date we are looking for.
    """
    best: date | None = None
    for period in periods(text, lang, None):
        if period.kind != "date" or period.relative or period.value is None:
            continue
        day = date.fromisoformat(period.value)
        if best is None or day > best:
            best = day
    return best


def _language_code(lang: object) -> str:
    """"en", "EN", "en-US", "pt_BR" -> the folder name of the language's data."""
    if not isinstance(lang, str):
        return ""
    return lang.strip().lower().replace("_", "-").split("-")[0]


# --------------------------------------------------------------------------- overlap resolution


def _select(candidates: list[_Candidate]) -> list[Period]:
    """Longest non-overlapping matches; ties go to the higher priority, then the earlier start."""
    starts: list[int] = []  # kept spans, sorted by start; they never overlap each other
    chosen: list[_Candidate] = []
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


# --------------------------------------------------------------------------- grammar building


def _norm(phrase: str) -> str:
    """The lookup form of a phrase: lower case, one space, straight apostrophes."""
    return _SPACE.sub(" ", str(phrase).replace("’", "'").strip()).lower()


def _phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` that tolerates any whitespace run and both apostrophes."""
    tokens = _norm(phrase).split(" ")
    return r"\s+".join(re.escape(token).replace("'", "['’]") for token in tokens)


def _alternation(phrases: Any) -> str:
    """Longest-first alternation of phrases; a never-matching group when there are none."""
    unique = sorted({_norm(str(p)) for p in phrases or () if str(p).strip()}, key=len,
                    reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase_pattern(p) for p in unique) + ")"


def _lead(phrases: Any) -> str:
    """Optional leading words ("nel", "nell'", "mid-") with the separator each one takes."""
    joined = [p for p in phrases or () if _norm(str(p)).endswith(("'", "-"))]
    spaced = [p for p in phrases or () if p not in joined]
    parts = []
    if spaced:
        parts.append(_alternation(spaced) + r"\s+")
    if joined:
        parts.append(_alternation(joined) + r"\s*")
    if not parts:
        return ""
    return "(?:" + "|".join(parts) + ")"


def _opt(inner: str) -> str:
    return f"(?:{inner})?" if inner else ""


@cache
def _grammar(lang: str) -> _Grammar:
    """All patterns of ``lang``, compiled once; unknown languages get the neutral forms only."""
    data: dict[str, Any] = load(lang, "periods") if _LANG_CODE.match(lang) else {}
    months = {_norm(k): int(v) for k, v in (data.get("months") or {}).items()}
    abbreviations = {_norm(k).rstrip("."): int(v)
                     for k, v in (data.get("month_abbreviations") or {}).items()}
    all_months = {**abbreviations, **months}
    ordinals = {_norm(k): int(v) for k, v in (data.get("ordinals") or {}).items()}
    relative: dict[str, tuple[str, int]] = {}
    for unit, offsets in (data.get("relative") or {}).items():
        for offset, phrases in (offsets or {}).items():
            for phrase in phrases or ():
                relative[_norm(str(phrase))] = (str(unit), int(offset))
    grammar = _Grammar(
        lang=lang,
        day_first=str(data.get("date_order", "dmy")) != "mdy",
        months=all_months,
        ambiguous_months=frozenset(_norm(m) for m in data.get("ambiguous_months") or ()),
        capitalized_ambiguous=bool(data.get("capitalized_months", False)),
        ordinals=ordinals,
        relative=relative,
        number_words={_norm(k): int(v) for k, v in (data.get("number_words") or {}).items()},
        ignored=frozenset(_norm(p) for p in data.get("ignore") or ()),
        not_before_year=frozenset(_norm(w).rstrip(".") for w in data.get("not_before_year") or ()),
        not_after_year=frozenset(_norm(w) for w in data.get("not_after_year") or ()),
        half_needs_year=bool(data.get("half_needs_year", False)),
        months_are_names=bool(data.get("months_are_names", False)),
        full_months=frozenset(months),
        half_words=frozenset(_norm(w) for w in data.get("half_words") or ()),
        half_letters="".join(data.get("half_letters") or ["H"]),
    )

    prep = _opt(_lead(data.get("prepositions")))
    weekday = _opt(_alternation(data.get("weekdays")) + r",?\s+") if data.get("weekdays") else ""
    modifier = _opt(_lead(data.get("modifiers")))
    year_noun = _opt(_lead(data.get("year_nouns")))
    connector = _opt(_lead(data.get("year_connectors")))
    day_joiner = _opt(_lead(data.get("day_month_joiners")))
    month_joiner = _opt(_lead(data.get("month_year_joiners")))
    full_month = _alternation(months)
    any_month = (_alternation(list(months) + list(abbreviations)) if abbreviations
                 else full_month)
    fiscal_words = _alternation(data.get("fiscal_words"))
    fiscal_abbr = "(?-i:" + "|".join(
        re.escape(a) for a in (data.get("fiscal_abbreviations") or ["FY"])) + ")"
    q_letters = "".join(re.escape(x) for x in (data.get("quarter_letters") or ["Q"]))
    h_letters = "".join(re.escape(x) for x in (data.get("half_letters") or ["H"]))
    ordinal_words = _alternation(ordinals)
    ordinal = (rf"(?P<ordw>{ordinal_words})|(?P<ordn>[1-4]){_ORDINAL_SUFFIX}"
               r"|(?-i:(?P<ordr>IV|I{1,3}))")
    the = _opt(_lead(data.get("articles")))
    year4 = r"(?P<year>(?:19|20)\d\d|2100)"
    # a year, possibly fiscal: "2024", "fiscal 2024", "FY2024", "FY24"
    year_spec = (rf"(?:(?P<fisc>{fiscal_words})\s+{connector}|(?P<fisca>{fiscal_abbr})\s?)?"
                 rf"{year4}(?!\d)")
    start = r"(?<![\w.,/+\-])"
    end = r"(?![\w%])"
    flags = re.IGNORECASE

    patterns: dict[str, str] = {
        # 2025-06-12, 2025/06/12
        "iso": rf"{start}{year4}(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)"
               r"(?![\w]|[.,/]\d)",
        # 12/06/2025, 12.06.2025 (day first unless the language writes month first)
        "numeric": rf"{start}{prep}(?P<a>[0-3]?\d)(?P<s>[/.\-])(?P<b>[01]?\d)(?P=s){year4}"
                   r"(?![\w]|[.,/]\d)",
        # 12 giugno 2025, le 12 juin 2025, 12. Juni 2025, 12 de junio de 2025, the 12th of June
        "dmy": rf"{start}{prep}{weekday}{the}(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°|ª|\.)?"
               rf"\s*{day_joiner}(?P<mon>{any_month})\.?"
               rf"(?:,?\s*{month_joiner}{year4})?(?![\w]|[.,]\d)",
        # June 12, 2025; June 12th
        "mdy": rf"{start}{prep}{weekday}(?P<mon>{any_month})\.?\s+(?P<d>[0-3]?\d)"
               rf"(?:st|nd|rd|th)?(?:,?\s+{year4})?(?![\w]|[.,]\d)",
        # giugno 2025, im Juni 2025, junio de 2025, mid-June 2025, June
        "month": rf"{start}{prep}{modifier}(?P<mon>{any_month})\.?"
                 rf"(?:,?\s+{month_joiner}{year4})?(?!\w)",
        # Q3 2024, Q3'24, Q3 FY2024, T3 2024
        "qletter": rf"{start}{prep}(?:(?P<fq>{fiscal_words})\s+)?"
                   rf"(?-i:(?P<L>[{q_letters}{h_letters}]))(?P<n>[1-4])"
                   rf"(?:\s*['’/-]\s*(?P<yy>\d\d)(?!\d)|\s*[-/]?\s*{connector}{year_spec}"
                   rf"|\s?(?P<fy2a>{fiscal_abbr})\s?(?P<fy2>\d\d)(?!\d))?{end}",
        # 3Q24, 3Q 2024, 1H 2025, 3T24
        "qdigit": rf"{start}{prep}(?P<n>[1-4])(?-i:(?P<L>[{q_letters}{h_letters}]))"
                  rf"\s?(?:['’]?(?P<yy>\d\d)|{connector}{year4})(?!\d){end}",
        # terzo trimestre 2024, the third quarter of fiscal 2024, im dritten Quartal, 3e trimestre
        "qword": rf"{start}{prep}{the}(?:{ordinal})[\s\-]*"
                 rf"(?P<unit>{_alternation(data.get('quarter_words'))}"
                 rf"|{_alternation(data.get('half_words'))})"
                 rf"(?:,?\s+{connector}{year_spec}|\s+(?P<fy2a>{fiscal_abbr})\s?(?P<fy2>\d\d)"
                 rf"(?!\d))?{end}",
        # FY2024, FY24, FY2024/25, fiscal year 2024, Geschäftsjahr 2023/24, ano fiscal de 2024
        "fiscal": rf"{start}{prep}{the}(?:(?P<fa>{fiscal_abbr})\s?['’]?(?P<fy>\d{{4}}|\d\d)"
                  rf"|(?P<fw>{fiscal_words})\s+{connector}(?P<fy4>(?:19|20)\d\d))"
                  r"(?:\s?[/-]\s?(?P<fend>\d{4}|\d\d))?(?![\w%]|[.,]\d)",
        # nel 2024, im Jahr 2023, in the year 2020, fine 2024
        "year": rf"{start}{prep}{modifier}{year_noun}{year4}(?![\w%])",
        # last year, l'anno scorso, ieri, entro la fine dell'anno
        "relative": rf"(?<!\w){_alternation(list(relative) + list(grammar.ignored))}(?!\w)",
    }
    counted = _counted_pattern(data.get("counted"), grammar.number_words)
    if counted:
        patterns["counted"] = counted
    if grammar.day_first and not data.get("month_day_dates", False):
        del patterns["mdy"]  # "June 12" is English; day-first languages never write it
    for name, source in patterns.items():
        grammar.patterns.append((name, re.compile(source, flags)))
    return grammar


def _counted_pattern(templates: Any, number_words: dict[str, int]) -> str:
    """"two years ago", "il y a 3 mois": one named group per unit, "{n}" a digit or number word."""
    count = r"(?:\d{1,2}|" + _alternation(number_words) + ")"
    groups = []
    for unit, phrases in (templates or {}).items():
        if unit not in _UNITS or not phrases:
            continue
        alternatives = [_phrase_pattern(str(p)).replace(r"\{n\}", count) for p in phrases]
        groups.append(f"(?P<c_{unit}>" + "|".join(alternatives) + ")")
    return rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)" if groups else ""


# --------------------------------------------------------------------------- builders


def _make(kind: str, value: str | None, match: re.Match[str], rule: str, *,
          relative: bool = False, priority: int = 0) -> _Candidate:
    start, end = match.span()
    text = match.string[start:end]
    # trailing whitespace, commas or a sentence's full stop never belong to the expression
    stripped = text.rstrip(" ,.\t\n")
    end = start + len(stripped)
    period = Period(value=value, kind=kind, start=start, end=end, text=stripped,
                    relative=relative, resolved=value is not None, rule=rule)
    return _Candidate(start, end, period, priority)


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_of(match: re.Match[str], reference: date | None) -> tuple[int | None, bool]:
    """The written year, or the reference's year (marked relative) when none is written."""
    written = match.groupdict().get("year")
    if written:
        return int(written), False
    return (reference.year if reference else None), True


def _month_number(grammar: _Grammar, match: re.Match[str]) -> int | None:
    word = _norm(match.group("mon")).rstrip(".")
    return grammar.months.get(word)


def _ambiguous_month_ok(grammar: _Grammar, match: re.Match[str], bare: bool) -> bool:
    """"May", "March", "mars": a month only when capitalized (if required) and, bare, introduced."""
    written = match.group("mon")
    if _norm(written) not in grammar.ambiguous_months:
        return True
    if grammar.capitalized_ambiguous and not written[:1].isupper():
        return False
    if bare:
        return match.start("mon") > match.start()  # a preposition or modifier introduced it
    return True


def _build_iso(grammar: _Grammar, match: re.Match[str], text: str,
               reference: date | None) -> _Candidate | None:
    day = _valid_day(int(match.group("year")), int(match.group("m")), int(match.group("d")))
    if day is None:
        return _Candidate(match.start(), match.end(), None)
    return _make("date", day.isoformat(), match, "period.date.iso.v1", priority=3)


def _build_numeric(grammar: _Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> _Candidate | None:
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    day_month = (first, second) if grammar.day_first else (second, first)
    day = _valid_day(year, day_month[1], day_month[0])
    rule = "period.date.numeric.v1"
    if day is None:  # "25/12/2025" in English is still unambiguous
        day = _valid_day(year, day_month[0], day_month[1])
        rule = "period.date.numeric.swapped.v1"
    if day is None:
        return _Candidate(match.start(), match.end(), None)
    return _make("date", day.isoformat(), match, rule, priority=3)


def _build_day_month(grammar: _Grammar, match: re.Match[str], text: str,
                     reference: date | None, rule: str) -> _Candidate | None:
    month = _month_number(grammar, match)
    if month is None or not _ambiguous_month_ok(grammar, match, bare=False):
        return None
    abbreviated = _norm(match.group("mon")).rstrip(".") not in grammar.full_months
    if abbreviated and not match.group("year"):
        return None  # "12 mar", "5 set": too often not a date
    year, implicit = _year_of(match, reference)
    day_number = int(match.group("d"))
    if not 1 <= day_number <= 31:
        return None
    if year is None:
        if _valid_day(2000, month, day_number) is None:  # 2000 is a leap year
            return None
        return _make("date", None, match, rule, relative=True, priority=2)
    day = _valid_day(year, month, day_number)
    if day is None:  # "30 February 2025": a typo; its year is no safer than its day
        return _Candidate(match.start(), match.end(), None)
    return _make("date", day.isoformat(), match, rule, relative=implicit, priority=2)


def _build_dmy(grammar: _Grammar, match: re.Match[str], text: str,
               reference: date | None) -> _Candidate | None:
    return _build_day_month(grammar, match, text, reference, "period.date.dmy.v1")


def _build_mdy(grammar: _Grammar, match: re.Match[str], text: str,
               reference: date | None) -> _Candidate | None:
    return _build_day_month(grammar, match, text, reference, "period.date.mdy.v1")


def _build_month(grammar: _Grammar, match: re.Match[str], text: str,
                 reference: date | None) -> _Candidate | None:
    month = _month_number(grammar, match)
    bare = not match.group("year")
    if month is None or not _ambiguous_month_ok(grammar, match, bare=bare):
        return None
    if bare and _norm(match.group("mon")).rstrip(".") not in grammar.full_months:
        return None  # abbreviations only with a year
    if (bare and grammar.months_are_names and match.start("mon") == match.start()
            and re.match(r"\s+[A-Z]", text[match.end():])):
        return None  # "June Carter said": a first name, not a month
    year, implicit = _year_of(match, reference)
    value = f"{year:04d}-{month:02d}" if year is not None else None
    return _make("month", value, match, "period.month.v1", relative=implicit, priority=1)


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


def _build_fiscal(grammar: _Grammar, match: re.Match[str], text: str,
                  reference: date | None) -> _Candidate | None:
    digits = match.group("fy") or match.group("fy4")
    year = _written_fiscal_year(digits, match.group("fend"))
    if year is None:
        return None
    return _make("fiscal_year", f"FY{year}", match, "period.fiscal_year.v1", priority=2)


def _quarter_year(match: re.Match[str], reference: date | None) -> tuple[str | None, bool, bool]:
    """(year label, fiscal?, implicit?) of a quarter or half: "2024", "FY2024", the reference's."""
    groups = match.groupdict()
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
                       rule: str) -> _Candidate | None:
    label, _fiscal, implicit = _quarter_year(match, reference)
    if kind == "quarter" and not 1 <= number <= 4 or kind == "half" and not 1 <= number <= 2:
        return None
    suffix = f"Q{number}" if kind == "quarter" else f"H{number}"
    value = f"{label}-{suffix}" if label else None
    return _make(kind, value, match, rule, relative=implicit, priority=2)


def _letter_kind(grammar: _Grammar, letter: str) -> str:
    return "half" if letter in grammar.half_letters else "quarter"


def _build_qletter(grammar: _Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> _Candidate | None:
    kind = _letter_kind(grammar, match.group("L"))
    has_year = bool(match.group("yy") or match.group("year") or match.group("fy2"))
    if not has_year and match.group("L") not in ("Q", "H"):
        return None  # "T3", "S1" alone are too often something else
    if not has_year and match.group("L") == "H":
        return None  # "H1" alone: a heading, a drug, a visa
    return _build_period_part(kind, int(match.group("n")), match, reference,
                              f"period.{kind}.letter.v1")


def _build_qdigit(grammar: _Grammar, match: re.Match[str], text: str,
                  reference: date | None) -> _Candidate | None:
    kind = _letter_kind(grammar, match.group("L"))
    return _build_period_part(kind, int(match.group("n")), match, reference,
                              f"period.{kind}.letter.v1")


def _build_qword(grammar: _Grammar, match: re.Match[str], text: str,
                 reference: date | None) -> _Candidate | None:
    unit = _norm(match.group("unit"))
    kind = "half" if unit in grammar.half_words else "quarter"
    if match.group("ordw"):
        number = grammar.ordinals.get(_norm(match.group("ordw")))
    elif match.group("ordn"):
        number = int(match.group("ordn"))
    else:
        number = _ROMAN_QUARTERS.get(match.group("ordr") or "")
    if number is None:
        return None
    has_year = bool(match.group("year") or match.group("fy2"))
    if kind == "half" and grammar.half_needs_year and not has_year:
        return None  # "the first half" of a match, a film, a speech
    return _build_period_part(kind, number, match, reference, f"period.{kind}.word.v1")


def _build_year(grammar: _Grammar, match: re.Match[str], text: str,
                reference: date | None) -> _Candidate | None:
    year = int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if not _plausible_year(grammar, text, match.start("year"), match.end("year")):
        return None
    return _make("year", str(year), match, "period.year.v1")


def _plausible_year(grammar: _Grammar, text: str, start: int, end: int) -> bool:
    """Whether the four digits at [start, end) read as a year, not money, a measure or a code."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    last_before = before.rstrip()[-1:]
    if last_before and last_before in _CURRENCY_SYMBOLS + "#№§":
        return False
    if _DIGIT_GROUP_BEFORE.search(before) or _DIGIT_GROUPS_AFTER.match(after):
        return False  # digit groups: a phone number or a spaced figure
    if _NOT_A_YEAR_AFTER.match(after):
        return False  # "2023/24", "20:15", "2024,5", "1990s", "2024 %"
    if _YEAR_SPAN_AFTER.match(after) or _YEAR_SPAN_BEFORE.search(before):
        return False  # "2023-24", "2023–2024": a span of years is not one year
    next_word = _NEXT_WORD.match(after)
    if next_word:
        word = next_word.group(1)
        if word in _NEUTRAL_UNITS or _norm(word) in grammar.not_after_year \
                or _norm(word).rstrip(".") in grammar.not_after_year:
            return False
    previous_word = _PREVIOUS_WORD.search(before)
    if previous_word:
        word = _norm(previous_word.group(1))
        if word.rstrip(".") in grammar.not_before_year or word in grammar.not_before_year:
            return False
        if previous_word.group(1) in _NEUTRAL_UNITS:
            return False  # "USD 2024", "CHF 2000"
    return True


def _build_relative(grammar: _Grammar, match: re.Match[str], text: str,
                    reference: date | None) -> _Candidate | None:
    phrase = _norm(match.group(0))
    if phrase in grammar.ignored:
        return _Candidate(match.start(), match.end(), None, priority=5)
    unit, offset = grammar.relative.get(phrase, ("", 0))
    if not unit:
        return None
    kind = unit if unit in ("year", "quarter", "month", "fiscal_year", "half") else "date"
    value = _shift(unit, offset, reference) if reference is not None else None
    return _make(kind, value, match, "period.relative.v1", relative=True, priority=4)


def _build_counted(grammar: _Grammar, match: re.Match[str], text: str,
                   reference: date | None) -> _Candidate | None:
    unit = next((name[2:] for name, value in match.groupdict().items() if value), "")
    number = None
    for token in re.findall(r"\w+", match.group(0)):
        number = int(token) if token.isdigit() else grammar.number_words.get(_norm(token))
        if number is not None:
            break
    if not unit or number is None:
        return None
    kind = unit if unit != "day" else "date"
    value = _shift(unit, -number, reference) if reference is not None else None
    return _make(kind, value, match, "period.relative.counted.v1", relative=True, priority=4)


def _shift(unit: str, offset: int, reference: date) -> str | None:
    """The period ``offset`` units away from the one containing ``reference``."""
    if unit == "year":
        return str(reference.year + offset)
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


_BUILDERS = {
    "iso": _build_iso,
    "numeric": _build_numeric,
    "dmy": _build_dmy,
    "mdy": _build_mdy,
    "month": _build_month,
    "qletter": _build_qletter,
    "qdigit": _build_qdigit,
    "qword": _build_qword,
    "fiscal": _build_fiscal,
    "year": _build_year,
    "relative": _build_relative,
    "counted": _build_counted,
}
