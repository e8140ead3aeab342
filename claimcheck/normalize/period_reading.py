"""What the period builders share: how a match becomes a candidate, the year, month and day
it writes, whether its words announce the future, and what a number before or after it says.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claimcheck.model import Period
from claimcheck.normalize import calendar_math as cal
from claimcheck.normalize.period_grammar import MIN_DATED_YEAR, Candidate, Grammar, norm, word_key

#: Symbols that make a number money or a measure, whatever the language.
NEUTRAL_UNITS = ("%", "‰", "$", "€", "£", "¥", "₹", "₽", "CHF", "USD", "EUR", "GBP", "km", "kg",
                 "m²", "km²", "MW", "GW", "kWh", "mph", "km/h", "ft", "mi", "t")
CURRENCY_SYMBOLS = "$€£¥₹₽"
#: The word (or sign) right after a position, the word right before one, and words as such.
NEXT_WORD = re.compile(r"\s*([^\W\d_]+\.?|[^\w\s])")
PREVIOUS_WORD = re.compile(r"([^\W\d_]+\.?)\s*$")
WORDS_BEFORE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


#: What may follow a bare day number for it to be a day ("on the 18th.", "Monday 21!").
CLOSES_DAY = re.compile(r"\s*(?:$|[.,](?!\d)|[;:!?)\]»”\"]|\s[-–—]\s)")


def make(kind: str, value: str | None, match: re.Match[str] | tuple[int, int, str], rule: str,
         *, relative: bool = False, priority: int = 0) -> Candidate:
    """A candidate period over a match (or a (start, end, text) span), its text trimmed."""
    if isinstance(match, tuple):
        start, end, source = match
    else:
        (start, end), source = match.span(), match.string
    text = source[start:end]
    # trailing whitespace, commas or a sentence's full stop never belong to the expression
    stripped = text.rstrip(" ,.\t\n-/")
    end = start + len(stripped)
    period = Period(value=value, kind=kind, start=start, end=end, text=stripped,
                    relative=relative, resolved=value is not None, rule=rule)
    return Candidate(start, end, period, priority)


def consume(match: re.Match[str], priority: int = 0) -> Candidate:
    """A span that holds no period but must keep shorter readings out ("32 - 2015")."""
    return Candidate(match.start(), match.end(), None, priority)


def written_year(grammar: Grammar, match: re.Match[str],
                 reference: date | None) -> tuple[int | None, bool, bool]:
    """(year, relative?, written?) of a date's year part: digits, "'87", spelled, "next year"."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"]), False, True
    for name in ("yy", "yj", "y9"):
        if groups.get(name):
            return cal.full_year(int(groups[name])), False, True
    if groups.get("yw"):
        year = spelled_year(groups["yw"], grammar.lang)
        return year, False, year is not None
    if groups.get("ry"):
        offset = grammar.relative_years.get(norm(groups["ry"]))
        if offset is None or reference is None:
            return None, True, True
        return reference.year + offset, True, True
    return None, True, False


@lru_cache(maxsize=4096)
def _spelled_number(text: str, lang: str) -> int | None:
    """A spelled number read by text2num ("duemiladiciotto" -> 2018), or None."""
    try:
        from text_to_num import text2num
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        return int(text2num(norm(text).replace("-", " ") if lang != "fr" else norm(text), lang))
    except (ValueError, TypeError):
        return None


def spelled_year(text: str, lang: str) -> int | None:
    """"nineteen ninety six" (two pairs), "two thousand and five", "millenovecentoventotto"."""
    value = _spelled_number(text, lang)
    if value is None:
        words = norm(text).replace("-", " ").split()
        for cut in range(1, len(words)):
            century = _spelled_number(" ".join(words[:cut]), lang)
            rest = _spelled_number(" ".join(words[cut:]), lang)
            if century is not None and 10 <= century <= 21 and rest is not None and rest < 100:
                value = century * 100 + rest
                break
    return value if value is not None and MIN_DATED_YEAR <= value <= 2199 else None


def written_month(grammar: Grammar, match: re.Match[str], group: str = "mon") -> int | None:
    """The number of the month a match names ("Sept." -> 9)."""
    word = norm(match.group(group)).rstrip(".")
    return grammar.months.get(word)


def written_day(grammar: Grammar, match: re.Match[str]) -> int | None:
    """The day of the month a match writes, in digits or words ("ventinove" -> 29)."""
    groups = match.groupdict()
    if groups.get("d"):
        return int(groups["d"])
    if groups.get("dw"):
        return grammar.day_words.get(word_key(groups["dw"]))
    return None


def ambiguous_month_ok(grammar: Grammar, match: re.Match[str], bare: bool) -> bool:
    """"May", "March", "mars": a month only when capitalized (if required) and, bare, introduced."""
    written = match.group("mon")
    if norm(written) not in grammar.ambiguous_months:
        return True
    if grammar.capitalized_ambiguous and not written[:1].isupper():
        return False
    if bare:
        return match.start("mon") > match.start()  # a preposition or modifier introduced it
    return True


def previous_word_blocks(grammar: Grammar, text: str, start: int) -> bool:
    """"page 2019", "n. 20230412": the word before makes the number a number."""
    previous_word = PREVIOUS_WORD.search(text[max(0, start - 40):start])
    return bool(previous_word) and norm(previous_word.group(1)).rstrip(".") in \
        grammar.not_before_year


def possible_day(month: int, day: int) -> bool:
    """Whether some year has this day (29 February included)."""
    return 1 <= month <= 12 and cal.valid_day(2000, month, day) is not None


def yearless_day(month: int, day: int, reference: date | None, offset: int = 0,
                 future: bool = False, weekday: int | None = None) -> str | None:
    """A day written without its year: see :func:`calendar_math.nearest` ("next" before it: the
    first one after the reference; in a sentence about the future: the first one not before it;
    with its weekday, "sabato 11 marzo": the nearest year where the two agree)."""
    if reference is None:
        return None
    if weekday is not None:
        agreeing = [found for year in (reference.year - 1, reference.year, reference.year + 1)
                    if (found := cal.valid_day(year, month, day)) is not None
                    and found.isoweekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda d: abs((d - reference).days)).isoformat()
    if offset > 0:
        found = cal.next_day(month, day, reference)
    elif offset < 0:
        found = cal.latest_day(month, day, reference)
    elif future:
        found = cal.next_day(month, day, reference, inclusive=True)
    else:
        found = cal.nearest_day(month, day, reference)
    return found.isoformat() if found is not None else None


#: Words before a date that may announce it ("will vote on Thursday"), within its clause.
_FUTURE_REACH = 5
_CLAUSE_END = re.compile(r"[,;:.!?()«»“”\"]")


def future(grammar: Grammar, text: str, start: int, *, by_preposition: bool = True) -> bool:
    """Whether the few words before ``start``, in its clause, announce the future ("will",
    "attendue", "prevista", "wird", a future ending such as "-rà"): a date written without its
    year or week then is its next occurrence, not its last one. ``by_preposition=False`` reads
    verbs only: "for Monday" looks ahead, "for the fourth quarter" reports one as often."""
    before = text[max(0, start - 80):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    words = WORDS_BEFORE.findall(before[cut:])[-_FUTURE_REACH:]
    own = WORDS_BEFORE.match(text, start)
    if by_preposition and own is not None and norm(own.group(0)) in grammar.future_prepositions:
        return True  # the expression's own lead: "per venerdì", "for Monday"
    if by_preposition and words and norm(words[-1]) in grammar.future_prepositions:
        return True
    for word in words:
        folded = norm(word)
        if folded in grammar.future_cues:
            return True
        if folded not in grammar.not_future and any(
                folded.endswith(e) and len(folded) > len(e) for e in grammar.future_endings):
            return True
    return False


def unit_follows(grammar: Grammar, text: str, end: int) -> bool:
    """"2024 dollars", "12 people": the word after makes the number a quantity."""
    next_word = NEXT_WORD.match(text[end:end + 40])
    if not next_word:
        return False
    word = next_word.group(1)
    return word in NEUTRAL_UNITS or norm(word).rstrip(".") in grammar.not_after_year
