"""The grammar of periods in one language: compiled patterns and lookup tables.

Built once per language from ``claimcheck/lang/<code>/periods.yaml`` (the schema is at the top of
the English file). Each pattern is named after the builder that reads its matches
(:mod:`claimcheck.normalize.period_rules` for written dates, months, quarters and years,
:mod:`claimcheck.normalize.period_relative` for weekdays, days, holidays and durations); a cheap
trigger search (``NEEDS``) skips the patterns a sentence cannot match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from claimcheck.lang import load
from claimcheck.model import Period

#: Years a bare four-digit number may stand for.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Years a four-digit number written with a day and a month may stand for ("5 December 1391").
MIN_DATED_YEAR = 1000
#: What may follow the number of a quarter ("3rd", "3e", "3º") or of a day ("1er", "1.º", "15.").
ORDINAL_SUFFIX = r"(?:st|nd|rd|th|er|re|e|ème|eme|è|°|º|ª|o|a|\.)?"
DAY_SUFFIX = r"(?:st|nd|rd|th|er|re|ème|eme|ro|o|\.º|\.°|º|°|ª|\.(?!\d))?"
#: The units a duration may count ("two years ago", "in a fortnight").
UNITS = ("year", "half", "quarter", "month", "week", "fortnight", "day")
LANG_CODE = re.compile(r"^[a-z]{2,3}$")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A match before overlap resolution; ``period`` None means "consume, emit nothing"."""

    start: int
    end: int
    period: Period | None
    priority: int = 0


@dataclass(slots=True)
class Grammar:
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
    #: Half words that name a year's half only with a year ("first half" of a match, not
    #: "first half of 2024"; "half of the year" holds its own year).
    halves_needing_year: frozenset[str]
    months_are_names: bool
    full_months: frozenset[str]
    half_words: frozenset[str]
    half_letters: str
    weekdays: dict[str, int] = field(default_factory=dict)
    short_weekdays: frozenset[str] = frozenset()
    weekdays_with_lead: frozenset[str] = frozenset()
    weekday_leads: frozenset[str] = frozenset()
    weekday_names: frozenset[str] = frozenset()
    day_words: dict[str, int] = field(default_factory=dict)
    week_offsets: dict[str, int] = field(default_factory=dict)
    weekday_modifiers: dict[str, tuple[str, int]] = field(default_factory=dict)
    month_modifiers: dict[str, int] = field(default_factory=dict)
    relative_months: dict[str, int] = field(default_factory=dict)
    relative_years: dict[str, int] = field(default_factory=dict)
    holidays: dict[str, str] = field(default_factory=dict)
    holiday_modifiers: dict[str, int] = field(default_factory=dict)
    weekday_ranks: dict[str, int] = field(default_factory=dict)
    month_ranks: dict[str, int] = field(default_factory=dict)
    duration_units: dict[str, str] = field(default_factory=dict)
    duration_articles: frozenset[str] = frozenset()
    duration_blockers: frozenset[str] = frozenset()
    not_dates: frozenset[str] = frozenset()
    future_cues: frozenset[str] = frozenset()
    future_prepositions: frozenset[str] = frozenset()
    not_future: frozenset[str] = frozenset()
    event_openers: frozenset[str] = frozenset()
    future_endings: tuple[str, ...] = ()
    strong_day_leads: frozenset[str] = frozenset()
    count_pattern: re.Pattern[str] | None = None
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    #: What a pattern's text must contain for it to be tried: a cheap search that skips most
    #: patterns on most sentences (pattern name -> trigger name -> compiled trigger).
    needs: dict[str, str] = field(default_factory=dict)
    triggers: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: Loose runs of date words for dateparser to read where no rule did (see loose_date).
    loose: re.Pattern[str] | None = None


def language_code(lang: object) -> str:
    """"en", "EN", "en-US", "pt_BR" -> the folder name of the language's data."""
    if not isinstance(lang, str):
        return ""
    return lang.strip().lower().replace("_", "-").split("-")[0]


def norm(phrase: str) -> str:
    """The lookup form of a phrase: lower case, one space, straight apostrophes."""
    return _SPACE.sub(" ", str(phrase).replace("’", "'").strip()).lower()


def word_key(phrase: str) -> str:
    """The lookup form of a spelled number: "twenty-second" and "twenty second" are one key."""
    return norm(phrase.replace("-", " "))


def _phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` that tolerates any whitespace run, both apostrophes and, inside a
    word, a hyphen or a space ("twenty-second", "twenty second")."""
    tokens = norm(phrase).split(" ")
    parts = []
    for token in tokens:
        escaped = re.escape(token).replace("'", "['’]")
        parts.append(re.sub(r"(?<=\w)\\-(?=\w)", r"[\\s-]", escaped))
    return r"\s+".join(parts)


def alternation(phrases: Any) -> str:
    """Longest-first alternation of phrases; a never-matching group when there are none."""
    unique = sorted({norm(str(p)) for p in phrases or () if str(p).strip()}, key=len,
                    reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase_pattern(p) for p in unique) + ")"


def _word_alternation(words: Any) -> str:
    """Spelled numbers, longest first, their parts joined by spaces or hyphens."""
    unique = sorted({word_key(str(w)) for w in words or () if str(w).strip()}, key=len,
                    reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(r"[\s-]+".join(re.escape(t) for t in w.split(" "))
                            for w in unique) + ")"


def _lead(phrases: Any) -> str:
    """Optional leading words ("nel", "nell'", "mid-") with the separator each one takes."""
    joined = [p for p in phrases or () if norm(str(p)).endswith(("'", "-"))]
    spaced = [p for p in phrases or () if p not in joined]
    parts = []
    if spaced:
        parts.append(alternation(spaced) + r"\s+")
    if joined:
        parts.append(alternation(joined) + r"\s*")
    if not parts:
        return ""
    return "(?:" + "|".join(parts) + ")"


def _opt(inner: str) -> str:
    return f"(?:{inner})?" if inner else ""


def _offsets(table: Any) -> dict[str, int]:
    """{offset: [phrases]} -> {phrase: offset}."""
    found: dict[str, int] = {}
    for offset, phrases in (table or {}).items():
        for phrase in phrases or ():
            found[norm(str(phrase))] = int(offset)
    return found


def _numbers(table: Any) -> dict[str, int]:
    return {norm(k): int(v) for k, v in (table or {}).items()}


def _day_words(data: dict[str, Any]) -> dict[str, int]:
    """Spelled days of the month: ``day_words``, plus ``day_word_stems`` with each of
    ``day_word_endings`` ("neunundzwanzigst" + "en")."""
    words = {word_key(k): v for k, v in _numbers(data.get("day_words")).items()}
    for stem, number in _numbers(data.get("day_word_stems")).items():
        for ending in data.get("day_word_endings") or ("",):
            words[word_key(stem + str(ending))] = number
    return words


@cache
def compiled_grammar(lang: str) -> Grammar:
    """All patterns of ``lang``, compiled once; unknown languages get the neutral forms only."""
    data: dict[str, Any] = load(lang, "periods") if LANG_CODE.match(lang) else {}
    months = _numbers(data.get("months"))
    abbreviations = {k.rstrip("."): v for k, v in _numbers(data.get("month_abbreviations")).items()}
    all_months = {**abbreviations, **months}
    relative: dict[str, tuple[str, int]] = {}
    for unit, offsets in (data.get("relative") or {}).items():
        for phrase, offset in _offsets(offsets).items():
            relative[phrase] = (str(unit), offset)
    weekday_modifiers: dict[str, tuple[str, int]] = {}
    for key in ("weekday_modifiers", "weekday_modifiers_after"):
        for how in ("week", "occurrence"):
            for phrase, offset in _offsets((data.get(key) or {}).get(how)).items():
                weekday_modifiers[phrase] = (how, offset)
    durations: dict[str, Any] = data.get("durations") or {}
    duration_units = {norm(word): str(unit) for unit, words in
                      (durations.get("units") or {}).items() if unit in UNITS
                      for word in words or ()}
    weekdays = {**_numbers(data.get("weekdays")), **_numbers(data.get("weekdays_with_lead"))}
    short_weekdays = _numbers(data.get("weekday_abbreviations"))
    grammar = Grammar(
        lang=lang,
        day_first=str(data.get("date_order", "dmy")) != "mdy",
        months=all_months,
        ambiguous_months=frozenset(norm(m) for m in data.get("ambiguous_months") or ()),
        capitalized_ambiguous=bool(data.get("capitalized_months", False)),
        ordinals=_numbers(data.get("ordinals")),
        relative=relative,
        number_words=_numbers(data.get("number_words")),
        ignored=frozenset(norm(p) for p in data.get("ignore") or ()),
        not_before_year=frozenset(norm(w).rstrip(".") for w in data.get("not_before_year") or ()),
        not_after_year=frozenset(norm(w) for w in data.get("not_after_year") or ()),
        halves_needing_year=frozenset(norm(w) for w in data.get("halves_needing_year") or ()),
        months_are_names=bool(data.get("months_are_names", False)),
        full_months=frozenset(months),
        half_words=frozenset(norm(w) for w in data.get("half_words") or ()),
        half_letters="".join(data.get("half_letters") or ["H"]),
        weekdays={**short_weekdays, **weekdays},
        short_weekdays=frozenset(short_weekdays),
        weekdays_with_lead=frozenset(_numbers(data.get("weekdays_with_lead"))),
        weekday_leads=frozenset(norm(w) for w in data.get("weekday_leads") or ()),
        weekday_names=frozenset(norm(w) for w in data.get("weekdays_also_names") or ()),
        day_words=_day_words(data),
        week_offsets=_offsets(data.get("weeks")),
        weekday_modifiers=weekday_modifiers,
        month_modifiers={**_offsets(data.get("month_modifiers")),
                         **_offsets(data.get("month_modifiers_after"))},
        relative_months=_offsets(data.get("relative_months_of")),
        relative_years=_offsets(data.get("relative_years_of")),
        holidays={norm(k): str(v) for k, v in (data.get("holidays") or {}).items()},
        holiday_modifiers=_offsets(data.get("holiday_modifiers")),
        weekday_ranks=_numbers(data.get("weekday_ranks")),
        month_ranks=_numbers(data.get("month_ranks")),
        duration_units=duration_units,
        duration_articles=frozenset(norm(a) for a in durations.get("articles") or ()),
        duration_blockers=frozenset(norm(b) for b in durations.get("blockers") or ()),
        not_dates=frozenset(norm(s) for s in data.get("not_dates") or ()),
        future_cues=frozenset(norm(s) for s in data.get("future_cues") or ()),
        future_prepositions=frozenset(norm(s) for s in data.get("future_prepositions") or ()),
        not_future=frozenset(norm(s) for s in data.get("not_future") or ()),
        event_openers=frozenset(norm(s) for s in durations.get("event_openers") or ()),
        future_endings=tuple(norm(s) for s in data.get("future_endings") or ()),
        strong_day_leads=frozenset(norm(s) for s in data.get("strong_day_leads") or ()),
    )
    patterns = _patterns(grammar, data, months, abbreviations)
    for name, source in patterns.items():
        grammar.patterns.append((name, re.compile(source, re.IGNORECASE)))
    _add_triggers(grammar, data, [*months, *abbreviations])
    if months:
        grammar.loose = re.compile(_loose_pattern(grammar, data, months, abbreviations),
                                   re.IGNORECASE)
    return grammar


def _loose_pattern(grammar: Grammar, data: dict[str, Any], months: dict[str, int],
                   abbreviations: dict[str, int]) -> str:
    """A run of two to five date tokens (a month name, a number, a weekday) joined by
    separators or joiner words, holding at least a month name and a number."""
    month = alternation([*months, *abbreviations])
    number = rf"\d{{1,4}}{DAY_SUFFIX}"
    weekday = alternation(grammar.weekdays)
    joiners = alternation([*(data.get("day_month_joiners") or ()),
                           *(data.get("month_year_joiners") or ()),
                            *(data.get("articles") or ())])
    token = rf"(?:{month}\.?|{number}|{weekday})"
    separator = rf"(?:\s*[,./-]\s*|\s+(?:{joiners}\s+)?)"
    # anchored on its month name: up to three tokens before it, up to four after
    return (rf"(?<![\w.,/-])(?:(?:{number}|{weekday}){separator}){{0,3}}"
            rf"(?<![^\W\d_]){month}(?![^\W\d_])\.?(?:{separator}{token}){{0,4}}"
            r"(?![\w]|[.,/-]\d)")


#: The trigger each pattern needs (see _add_triggers); patterns not listed always run.
_NEEDS = {
    "iso": "separated", "compact": "four_digits", "numeric": "separated",
    "spaced": "four_digits", "numeric_short": "separated", "month_numeric": "separated",
    "qletter": "quarter", "qletter_lower": "quarter", "qyear": "quarter", "qdigit": "quarter",
    "fiscal": "digit", "year": "four_digits",
    "dmy": "month", "mdy": "month", "cluster": "month", "month": "month",
    "year_month": "month", "fiscal_end": "month", "quarter_end": "month",
    "quarter_of_month": "month", "month_quarter": "month",
    "weekday": "weekday", "weekday_day": "weekday",
    "nth_weekday": "weekday", "holiday": "holiday", "spelled_year": "spelled",
    "duration_past": "unit", "duration_future": "unit", "duration_future_cued": "unit",
    "duration_sequel": "unit",
    "duration_after": "unit",
    "duration_before": "unit",
}


def _add_triggers(grammar: Grammar, data: dict[str, Any], month_names: list[str]) -> None:
    """Cheap searches that tell which patterns can match at all: most sentences name no month,
    no weekday and no holiday, and each full pattern costs a scan of the sentence."""
    def words(items: Any, whole: bool = False) -> re.Pattern[str]:
        """The first word of each phrase, at a word start (and, ``whole``, a word end)."""
        stems = {norm(str(w)).split(" ")[0].split("-")[0].rstrip(".'") for w in items or ()}
        stems = {stem for stem in stems if stem}
        if not stems:
            return re.compile(r"(?!x)x")
        alternation = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
        return re.compile(rf"(?<![^\W\d_])(?:{alternation})" + (r"(?![^\W\d_])" if whole else ""),
                          re.IGNORECASE)

    grammar.triggers = {
        "digit": re.compile(r"\d"),
        "separated": re.compile(r"\d\s{0,2}[-/.~]\s{0,2}\d|\d[-/.]\D{3}|\D{3}[-/]\d"),
        "four_digits": re.compile(r"\d{4}"),
        "quarter": re.compile(r"[A-Za-z]\s?[1-4]|[1-4]\s?[A-Za-z]"),
        "month": words(month_names, whole=True),
        "weekday": words(grammar.weekdays),
        "holiday": words(grammar.holidays),
        "spelled": words(data.get("number_morphemes")),
        "unit": words(grammar.duration_units),
    }
    grammar.needs = dict(_NEEDS)


def _patterns(grammar: Grammar, data: dict[str, Any], months: dict[str, int],
              abbreviations: dict[str, int]) -> dict[str, str]:
    """The regular expressions of one language, by builder name."""
    prep = _opt(_lead(data.get("prepositions")))
    modifier = _opt(_lead(data.get("modifiers")))
    year_noun = _opt(_lead(data.get("year_nouns")))
    connector = _opt(_lead(data.get("year_connectors")))
    day_joiner = _opt(_lead(data.get("day_month_joiners")))
    month_joiner = _opt(_lead(data.get("month_year_joiners")))
    year_joiners = data.get("month_year_joiners") or ()
    full_month = alternation(months)
    any_month = (alternation(list(months) + list(abbreviations)) if abbreviations
                 else full_month)
    fiscal_words = alternation(data.get("fiscal_words"))
    fiscal_abbr = "(?-i:" + "|".join(
        re.escape(a) for a in (data.get("fiscal_abbreviations") or ["FY"])) + ")"
    q_letters = "".join(re.escape(x) for x in (data.get("quarter_letters") or ["Q"]))
    h_letters = "".join(re.escape(x) for x in (data.get("half_letters") or ["H"]))
    ordinal_words = alternation(grammar.ordinals)
    ordinal = (rf"(?P<ordw>{ordinal_words})|(?P<ordn>[1-4]){ORDINAL_SUFFIX}"
               r"|(?-i:(?P<ordr>IV|I{1,3}))")
    the = _opt(_lead(data.get("articles")))
    year4 = r"(?P<year>(?:19|20)\d\d|2100)"
    dated_year = r"(?P<year>1\d\d\d|20\d\d|21\d\d)"
    # a year, possibly fiscal: "2024", "fiscal 2024", "FY2024", "FY24"
    year_spec = (rf"(?:(?P<fisc>{fiscal_words})\s+{connector}|(?P<fisca>{fiscal_abbr})\s?)?"
                 rf"{year4}(?!\d)")
    start = r"(?<![\w.,/+\-])"
    end = r"(?![\w%])"
    weekday = alternation(grammar.weekdays)
    full_weekday = alternation([*(data.get("weekdays") or {}),
                                *(data.get("weekdays_with_lead") or {})])
    after_weekday = alternation(_modifier_phrases(data.get("weekday_modifiers_after")))
    weekday_prefix = _opt(rf"(?P<wdp>{weekday})\.?(?:\s+{after_weekday})?,?\s+")
    day_words = _word_alternation(grammar.day_words)
    day = rf"(?:(?P<d>[0-3]?\d){DAY_SUFFIX}|(?P<dw>{day_words})(?!\w))"
    spelled = _spelled_number_pattern(data)
    relative_years = alternation(grammar.relative_years)
    joined_year = alternation(year_joiners) + r"\s+" if year_joiners else r"(?!x)x"
    # the year after a day and month or a month: "2025", "of 1995", "'87", "del 87", "-95",
    # "two thousand and five", "of next year"
    year_part = (
        rf"(?:(?:\s*[-/]\s*|,?\s*{joined_year})(?P<yj>\d\d)(?![\d\w])"
        rf"|(?:\s*[-/]\s*|\s*,?\s*{month_joiner})(?:{dated_year}|['’](?P<yy>\d\d))(?![\d\w])"
        rf"|,?\s+{month_joiner}(?P<yw>{spelled})(?!\w)"
        rf"|,?\s+(?P<ry>{relative_years})(?!\w)"
        rf"|\s+(?P<y9>3[2-9]|[4-9]\d)(?=\s*(?:$|[.,;:!?)])))"
    )
    this_next = alternation([p for p, (how, _o) in grammar.weekday_modifiers.items()
                             if how == "week"])
    # "na última terça-feira (16)", "el pasado martes 15": a day pins the weekday whatever
    # word places it in a week
    any_week = alternation(list(grammar.weekday_modifiers))
    date_lead = alternation(data.get("day_prepositions"))
    recurring = alternation(data.get("recurring"))
    weeks = alternation(grammar.week_offsets)
    week_joiners = alternation(data.get("week_joiners"))
    before_mods = alternation(_modifier_phrases(data.get("weekday_modifiers")))
    after_mods = alternation(_modifier_phrases(data.get("weekday_modifiers_after")))
    day_parts = alternation(data.get("day_parts"))
    part_suffixes = alternation(data.get("day_part_suffixes"))
    recurring_after = alternation(data.get("recurring_after"))
    day_nouns = alternation(data.get("day_nouns"))
    relative_months = alternation(grammar.relative_months)
    month_mods = alternation(data.get("month_modifiers") and _offsets(data["month_modifiers"]))
    month_mods_after = alternation(data.get("month_modifiers_after")
                                   and _offsets(data["month_modifiers_after"]))
    holidays = alternation(grammar.holidays)
    holiday_mods = alternation(grammar.holiday_modifiers)
    ranks = alternation(grammar.weekday_ranks)
    rank_joiners = alternation(data.get("weekday_rank_joiners"))
    day_articles = alternation(data.get("day_articles"))
    if grammar.day_first and not data.get("month_day_dates", False):
        # "June 12" is English; day-first languages write a month before its day only with a
        # separator ("Ott/2", "Jan-1") or a spelled day ("Mayo veintiuno")
        month_day_separator = rf"\s*[-/]\s*|\s+(?={day_words})"
    else:
        month_day_separator = rf"\s*[-/]\s*|\s+{the}|(?=\d)"

    patterns: dict[str, str] = {
        # 2025-06-12, 2025/06/12, sales_report-2002-10-09.xlsx
        "iso": r"(?<![\w.,+])(?<!\d[-/.])" + year4 + r"(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)"
               r"(?P<d>[0-3]?\d)(?![\w]|[.,/\-]\d)",
        # 20250612
        "compact": r"(?<![\w.,+/\-]\d)(?<![\w$€£¥#+])" + year4
                   + r"(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
        # 12/06/2025, 12.06.2025, 21/04/16 (day first unless the language writes month first)
        "numeric": rf"{start}{prep}{weekday_prefix}(?P<a>[0-3]?\d)(?P<s>[/.\-])(?P<b>[0-3]?\d)"
                   rf"(?:(?P=s)|,\s?(?=\d{{4}}))(?:{year4}|(?P<yy>\d\d))"
                   r"(?![\w]|[.,/\-]\d)",
        # 02 04 2009, 18 8 1978 (no other digit group around: not a phone number)
        "spaced": r"(?<![\d\w.,+/-])(?<!\d )(?P<a>[0-3]?\d) (?P<b>[01]?\d) " + year4
                  + r"(?!\d| \d)",
        # on 22/04, il 4.22, am 15.01., Friday 7/6
        "numeric_short": rf"{start}(?:(?P<lead>{date_lead}|{this_next})\s+)?{weekday_prefix}"
                         r"(?P<a>[0-3]?\d)(?P<s>[/.\-])(?P<b>[0-3]?\d)(?P<dot>\.(?!\d))?"
                         r"(?![\w%‰]|[.,/\-]?\d|\s*(?:%|‰))",
        # 2016-11, 2015/3, 11/2016, 05.2016, 32 - 2015 (not a month: consumed)
        "month_numeric": rf"{start}{prep}(?:{year4}\s{{0,2}}(?P<s>[-/.~])\s{{0,2}}(?P<m>\d{{1,2}})"
                         rf"|(?P<m2>\d{{1,2}})\s{{0,2}}(?P<s2>[-/.~])\s{{0,2}}"
                         rf"(?P<year2>(?:19|20)\d\d))"
                         r"(?![\w%]|[.,/\-]?\d)",
        # 12 giugno 2025, le 12 juin 2025, 12. Juni 2025, 12 de junio de 2025, the 12th of June,
        # ventinove maggio, 05-Aug-2016, 2/Oct
        "dmy": rf"{start}{prep}(?:(?P<mod>{month_mods})\s+)?{weekday_prefix}{the}{day}"
               rf"(?:\s+{day_nouns})?(?:\s*[-/]\s*|\s*{day_joiner})(?P<mon>{any_month})\.?"
               rf"(?:\s+(?P<mod2>{month_mods_after})(?!\w)|{year_part})?(?![\w]|[.,]\d)",
        # June 12, 2025; June 12th; Dec31, 1994; Oct/2; May twenty nine
        "mdy": rf"{start}{prep}{weekday_prefix}(?P<mon>{any_month})(?P<dot>\.)?"
               rf"(?P<sep>{month_day_separator})(?:{day})"
               rf"(?:(?:\s*,\s*|\s*[-/]\s*|\s+){month_joiner}(?:{dated_year}|(?P<yw>{spelled})))?"
               r"(?![\w]|[.,]\d)",
        # Sep-23-2020, 2020/Sep/23, 23-2020-September
        "cluster": rf"{start}(?P<c1>{any_month}|\d{{1,4}})(?P<s>[-/])(?P<c2>{any_month}|\d{{1,4}})"
                   rf"(?P=s)(?P<c3>{any_month}|\d{{1,4}})\.?(?![\w]|[-/.]\d)",
        # giugno 2025, im Juni 2025, junio de 2025, mid-June 2025, June, next June, juin dernier
        "month": rf"{start}{prep}{modifier}(?:(?P<mod>{month_mods})\s+)?(?P<mon>{any_month})\.?"
                 rf"(?:{year_part}|\s+(?P<mod2>{month_mods_after})(?!\w))?"
                 r"(?!\w)",
        # 2017 april, 2016, nov
        "year_month": rf"{start}{prep}{year4}(?P<comma>\s*,)?\s*(?P<mon>{any_month})\.?(?!\w)",
        # Q3 2024, Q3'24, Q3 FY2024, T3 2024
        "qletter": rf"{start}{prep}(?:(?P<fq>{fiscal_words})\s+)?"
                   rf"(?-i:(?P<L>[{q_letters}{h_letters}]))(?P<n>[1-4])"
                   rf"(?:\s*['’/-]\s*(?P<yy>\d\d)(?!\d)|\s*[-/]?\s*{connector}{year_spec}"
                   rf"|\s?(?P<fy2a>{fiscal_abbr})\s?(?P<fy2>\d\d)(?!\d))?{end}",
        # q3 2019, q1-2019 (a lower-case letter only with its year)
        "qletter_lower": rf"{start}{prep}(?-i:(?P<L>[{q_letters.lower()}{h_letters.lower()}]))"
                         rf"(?P<n>[1-4])\s*[-/]?\s*{year4}{end}",
        # 2017-q1, 2019 H2, 2016H2, 2017-t1
        "qyear": rf"{start}{prep}{year4}\s?[-/]?\s?(?P<L>[{q_letters}{h_letters}])"
                 rf"(?P<n>[1-4]){end}",
        # 3Q24, 3Q 2024, 1H 2025, 3T24
        "qdigit": rf"{start}{prep}(?P<n>[1-4])(?-i:(?P<L>[{q_letters}{h_letters}]))"
                  rf"\s?(?:['’]?(?P<yy>\d\d)|{connector}{year4})(?!\d){end}",
        # terzo trimestre 2024, the third quarter of fiscal 2024, im dritten Quartal, 3e trimestre
        "qword": rf"{start}{prep}{the}(?:{ordinal})[\s\-]*"
                 rf"(?P<unit>{alternation(data.get('quarter_words'))}"
                 rf"|{alternation(data.get('half_words'))})"
                 rf"(?:,?\s+{connector}{year_spec}|\s+(?P<fy2a>{fiscal_abbr})\s?(?P<fy2>\d\d)"
                 rf"(?!\d)|,?\s+{connector}(?P<yw>{spelled})(?!\w)"
                 rf"|,?\s+(?P<ry>{relative_years})(?!\w))?{end}",
        # the last three months of the year, les trois derniers mois de 2019: a fourth quarter
        "year_end_quarter": rf"{start}{prep}{the}(?:{alternation(data.get('year_end_quarter'))})"
                            rf"(?:,?\s+{connector}{year_spec})?{end}",
        # the last three months of 2019, gli ultimi tre mesi del 2019: a fourth quarter only with
        # its year ("over the last three months" is the time just gone)
        "year_end_quarter_of": rf"{start}{prep}{the}"
                               rf"(?:{alternation(data.get('year_end_quarter_of'))})"
                               rf",?\s+{connector}{year_spec}{end}",
        # the first three months of 2025, los primeros tres meses de 2025: a first quarter
        "year_start_quarter_of": rf"{start}{prep}{the}"
                                 rf"(?:{alternation(data.get('year_start_quarter_of'))})"
                                 rf",?\s+{connector}{year_spec}{end}",
        # the first six months of the year, i primi sei mesi dell'anno: a first half
        "year_start_half": rf"{start}{prep}{the}(?:{alternation(data.get('year_start_half'))})"
                           rf"(?:,?\s+{connector}{year_spec})?{end}",
        # the first six months of 2025: a first half only with its year ("in its first six
        # months" of a chief executive's, of a contract's)
        "year_start_half_of": rf"{start}{prep}{the}"
                              rf"(?:{alternation(data.get('year_start_half_of'))})"
                              rf",?\s+{connector}{year_spec}{end}",
        # the year that ended in March, l'esercizio chiuso a marzo, ano fiscal encerrado em março
        # 2025: a fiscal year, named by the year it ends in
        "fiscal_end": rf"{start}{prep}{the}(?:{alternation(data.get('fiscal_end_nouns'))}),?\s+"
                      rf"(?:{alternation(data.get('fiscal_end_joiners'))})\s+"
                      rf"(?P<mon>{full_month})(?:,?\s+{month_joiner}{year4})?{end}",
        # the three months to September, el trimestre cerrado en junio: a calendar quarter
        "quarter_end": rf"{start}{prep}{the}(?:{alternation(data.get('quarter_end_nouns'))}),?\s+"
                       rf"(?:{alternation(data.get('fiscal_end_joiners'))})\s+"
                       rf"(?P<mon>{full_month})(?:,?\s+{month_joiner}{year4})?{end}",
        # el trimestre de marzo, o trimestre de março: the calendar quarter that month ends
        "quarter_of_month": rf"{start}{prep}{the}(?:{alternation(data.get('quarter_of_month'))})\s+"
                            rf"(?P<mon>{full_month})(?:,?\s+{month_joiner}{year4})?{end}",
        # the March quarter, das März-Quartal
        "month_quarter": rf"{start}{prep}{the}(?P<mon>{full_month})[\s-]?"
                         rf"(?:{alternation(data.get('month_quarter_nouns'))})"
                         rf"(?:,?\s+{month_joiner}{year4})?{end}",
        # the third month of 2021, el noveno mes del próximo año
        "nth_month": rf"{start}{prep}{the}(?:(?P<mrank>{alternation(grammar.month_ranks)})"
                     rf"|(?P<mnum>1[0-2]|[1-9]){ORDINAL_SUFFIX})\s+"
                     rf"{alternation(data.get('month_nouns'))}\s+"
                     rf"(?:{connector}{year4}(?!\d)|(?P<ry>{relative_years}))(?!\w)",
        # FY2024, FY24, FY2024/25, fiscal year 2024, Geschäftsjahr 2023/24, ano fiscal de 2024
        "fiscal": rf"{start}{prep}{the}(?:(?P<fa>{fiscal_abbr})\s?['’]?(?P<fy>\d{{4}}|\d\d)"
                  rf"|(?P<fw>{fiscal_words})\s+{connector}(?P<fy4>(?:19|20)\d\d))"
                  r"(?:\s?[/-]\s?(?P<fend>\d{4}|\d\d))?(?![\w%]|[.,]\d)",
        # nel 2024, im Jahr 2023, in the year 2020, fine 2024
        "year": rf"{start}{prep}{modifier}{year_noun}{year4}(?![\w%])",
        # in nineteen ninety-six, nel millenovecentoventotto
        "spelled_year": rf"(?<!\w)(?P<lead>{alternation(data.get('prepositions'))})\s+"
                        rf"(?P<yw>{spelled})(?!\w)",
        # last year, l'anno scorso, ieri, entro la fine dell'anno
        "relative": rf"(?<!\w){alternation(list(grammar.relative) + list(grammar.ignored))}(?!\w)",
        # Friday, on Thursday, next Friday, venerdì scorso, am Freitagabend, mardi soir,
        # Tuesday of next week, next week on Tuesday; "every Friday" is consumed
        "weekday": rf"(?<!\w){prep}(?:(?P<rec>{recurring})\s+)?"
                   rf"(?:(?P<wk1>{weeks})\s*(?:[,-]\s*)?(?:{week_joiners}\s+)?)?"
                   rf"(?:(?P<mod1>{before_mods})\s+)?"
                   rf"(?P<wd>{full_weekday})(?P<sfx>{part_suffixes})?"
                   rf"(?:\s+(?P<part>{day_parts}))?(?:\s+(?P<mod2>{after_mods}))?"
                   rf"(?:\s*,?\s*(?:{week_joiners}\s+)?(?P<wk2>{weeks}))?"
                   rf"(?!\w)(?!\s+{recurring_after}(?!\w))",
        # Monday 21, Friday the 23rd, Dienstag, der 25., martes el día 25, Mon 13th,
        # terça-feira (12)
        "weekday_day": rf"(?<!\w){prep}(?:(?P<mod1>{any_week})\s+)?(?P<wd>{weekday})\.?,?\s+"
                       rf"(?:(?P<par>\()(?=\d{{1,2}}\)))?(?:(?P<art>{day_articles})\s+)?{day}"
                       rf"(?(par)\))",
        # on the 18th, el día 18, il 15, am 15., the 15th day of next month
        "day_of_month": rf"(?<![\w.,/])(?:(?P<lead>{date_lead})\s+)?{day}(?:\s+{day_nouns})?"
                        rf"(?:\s+(?P<rm>{relative_months}))?",
        # the first Friday of July, il primo venerdì di questo mese
        "nth_weekday": rf"(?<!\w){prep}{the}(?P<rank>{ranks})\s+(?P<wd>{full_weekday})\s+"
                       rf"(?:(?:{rank_joiners})\s+)?(?:(?P<mon>{full_month})(?:,?\s+{year4})?"
                       rf"|(?P<rm>{relative_months}))(?!\w)",
        # Christmas, Easter 2018, next Easter, Ostermontag, Fastnachtssonntag im nächsten Jahr
        "holiday": rf"(?<!\w){prep}(?:(?P<hm>{holiday_mods})\s+)?(?P<hol>{holidays})"
                   rf"(?:,?\s+{connector}{year_noun}{year4}(?![\w%])"
                   rf"|,?\s+(?P<ry>{relative_years})(?!\w))?(?!\w)",
    }
    patterns.update(_duration_patterns(grammar, data))
    return patterns


def _modifier_phrases(table: Any) -> list[str]:
    """Every phrase of a {week: {offset: [...]}, occurrence: {...}} table."""
    return [phrase for how in ("week", "occurrence")
            for phrase in _offsets((table or {}).get(how))]


def _spelled_number_pattern(data: dict[str, Any]) -> str:
    """Spelled numbers built from the language's number morphemes ("millenovecentoventotto",
    "two thousand and five", "mil novecientos noventa y dos"); text2num reads them."""
    morphemes = data.get("number_morphemes") or ()
    if not morphemes:
        return r"(?!x)x"
    unit = "(?:" + "|".join(sorted((re.escape(norm(m)) for m in morphemes), key=len,
                                   reverse=True)) + ")+"
    joiners = alternation(data.get("number_joiners"))
    return rf"{unit}(?:(?:\s+|-)(?:{joiners}(?:\s+|-))?{unit}){{0,6}}"


def _duration_patterns(grammar: Grammar, data: dict[str, Any]) -> dict[str, str]:
    """"two years ago", "in 3 Wochen", "tra due settimane", "3 days from tomorrow"."""
    durations: dict[str, Any] = data.get("durations") or {}
    if not grammar.duration_units:
        return {}
    count = (r"(?:\d{1,3}|" + alternation(list(grammar.number_words)
                                          + list(grammar.duration_articles)) + ")")
    units = alternation(grammar.duration_units)
    part = rf"{count}\s+{units}"
    joiners = alternation(durations.get("joiners"))
    # parts follow each other after a comma or a joiner, or written in digits ("1 month 21
    # days ago"), never "a quarter two years ago" (a fraction, then a duration)
    span = (rf"(?:{part}(?:(?:\s*,\s*(?:{joiners}\s+)?|\s+{joiners}\s+){part}"
            rf"|\s+\d{{1,3}}\s+{units}){{0,3}})")
    grammar.count_pattern = re.compile(rf"(?P<n>{count})\s+(?P<u>{units})", re.IGNORECASE)
    found: dict[str, str] = {}
    cued = {norm(str(t)) for t in durations.get("needs_cue") or ()}
    tables = {
        "past": durations.get("past") or (),
        "future": [t for t in durations.get("future") or () if norm(str(t)) not in cued],
        "future_cued": [t for t in durations.get("future") or () if norm(str(t)) in cued],
        "sequel": durations.get("sequel") or (),
        "after": durations.get("after") or (),
        "before": durations.get("before") or (),
    }
    for direction, templates in tables.items():
        if not templates:
            continue
        alternatives = []
        for template in templates:
            text = norm(str(template))
            anchored = direction in ("after", "before")
            if anchored:
                text = text.removesuffix("{a}").strip()
            pieces = [_phrase_pattern(piece) if piece.strip() else "" for piece in
                      text.split("{d}")]
            alternatives.append(r"\s*".join(p for p in (pieces[0], span, pieces[1]) if p)
                                if len(pieces) == 2 else _phrase_pattern(text))
        body = "(?:" + "|".join(alternatives) + ")"
        if direction in ("after", "before"):
            found[f"duration_{direction}"] = rf"(?<!\w){body}\s+(?P<anchor>\S.{{0,60}})"
        else:
            found[f"duration_{direction}"] = rf"(?<!\w){body}(?!\w)"
    return found
