"""Quantities in running text -> language-independent values (money, percent, numbers, ages).

Why this shape: comparing claims across languages needs honest intervals, not bare floats, so
every figure is turned into ``[low, high]`` that says what the words commit to. All language
knowledge (separators, scale words, currency words, hedges, number words) is read from
``claimcheck/lang/<code>/numbers.yaml``; this module is shared machinery, compiled once per
language with plain ``re`` (no spaCy) so it stays fast.

Interval rules -- the ONE place they are defined (``_interval`` applies them):

* Written precision: a bare figure claims half a unit of its last significant written digit.
  Decimals count as written ("14.3" -> 0.05, "14.30" -> 0.005); for integers trailing zeros are
  not significant ("29" -> 0.5, "870" -> 5, "1400" -> 50). The half-unit is scaled with the
  figure ("$14.3 billion": 0.05e9) and capped at ``HALF_UNIT_CAP`` of the value
  ("$3 billion" -> [2.55e9, 3.45e9]). Spelled fractions ("half") and ages are exact, and so is a
  count written as a bare integer in digits ("182 passengers", "1,400 employees": 180 vs 182
  conflict, and so do the touching 151 vs 152), unless in round thousands ("35,000 jobs" keeps
  its precision: "more than 35,000" agrees); money, percentages and scaled counts keep
  their precision, as a rounding interval [v - half, v + half): "€14 million" and "€15
  million" do not overlap. A percentage written to the unit (10% and up) may be cut, not
  rounded: "22%" is [21.5, 23); so may decimals before a scale word: "2.83 billion" is
  [2.825, 2.84) billion, "$14.3 billion" [14.25e9, 14.4e9).
* ``DELTA = max(ABOUT_RELATIVE * |v|, half-unit)`` is the slack of "about"/"almost" hedges;
  collective nouns ("una decina", "un millier") are "about" with ``COLLECTIVE_RELATIVE``; an
  "about" percentage's DELTA is at most ``PERCENT_ABOUT_POINTS`` ("about 72%" is [70, 74]).
* Plural quantifiers ("dozens", "centinaia di milioni") are floors: at_least [2 * unit, inf).
* over: (v, inf)    at_least: [v, inf)    almost: [v - DELTA, v)    about: [v - DELTA, v + DELTA]
  up_to: [0, v]     under: [0, v)         range "20-30": [20, 30] (ends as written).
* ``approximate`` is True for "about" and "almost" only.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any

from claimcheck.lang import SUPPORTED, load
from claimcheck.model import Quantity

#: Relative slack of "about"/"almost" hedges (see module docstring).
ABOUT_RELATIVE = 0.10
#: Written precision never claims more than this share of the value: a one-digit "$3 billion"
#: is [2.55, 3.45] billion, not [2.5, 3.5]; "about 2,000" is at most ±15%, so 2,600 refutes it.
HALF_UNIT_CAP = 0.15
#: Percentages are written to the unit: a round "20%" claims [19, 21], not ±15% ("about 23%"
#: refutes it), while "50%" still holds 49% — and a small one keeps its unit's rounding: "1%"
#: is [0.5, 1.5), which "1.2%" rounded gives (no narrower than ``PERCENT_UNIT_HALF``).
PERCENT_HALF_UNIT_CAP = 0.05
PERCENT_UNIT_HALF = 0.5
#: "about 72%" is a share within two points of 72 (or within a round figure's written precision:
#: "about 70%" is [66.5, 73.5]), not ±7 points, a relative slack that would hold the 76% another
#: outlet gives; "almost" keeps its relative slack.
PERCENT_ABOUT_POINTS = 2.0
#: Counts spelled in words below this are exact ("once fallecidos"); "a hundred" is round.
SPELLED_EXACT_BELOW = 100
#: A percentage written to the unit from here on may be cut rather than rounded: "22%" for 22.56%
#: is [21.5, 23). Below it the unit is more than the written-precision cap allows.
TRUNCATED_PERCENT_FLOOR = 10
#: Relative slack of collective nouns ("una decina", "un centinaio"): they count roughly.
COLLECTIVE_RELATIVE = 0.25
#: Figures beyond this (a googol) are refused, each on its own: no news figure is that large,
#: and a 309-digit one is infinite as a float ("Infinity" is not JSON).
MAX_FIGURE = 1e100
#: Integers in this range written as four bare digits are flagged as year-like.
YEAR_LIKE = (1900, 2100)
#: Ages beyond this are not ages.
MAX_AGE = 130
#: How far back (characters) a hedge or currency prefix is looked for.
_LOOKBACK = 48

_APPROXIMATE_HEDGES = frozenset({"about", "almost"})
_SPACES = " \u00a0\u202f"
_DIGITS_RE = re.compile(
    r"(?<![\d.,_])(?:(?<![\w.,\-−–])(?P<sign>[-−](?=\d)))?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?"  # lakh grouping "12,34,567.89"
    r"|\d{1,3}(?P<sep>[.,'’\u00a0\u202f ])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?|[.,]\d+(?![.,]?\d))"  # the last one: ",08" with no leading zero
    r"(?:(?P<exp>[eE][+-]?\d{1,3})(?![\w.,]?\w)|\^(?P<pow>[+-]*\d{1,3})(?![\w.,]?\w)"
    r"|\s?[x×]\s?10\^(?P<exp10>[+-]?\d{1,3})(?![\w.,]?\w))?"
)
#: Dotted/commaed chains that are no single figure: "192.168.1.2", "nrs. 22,24,26,31".
_CHAIN_RE = re.compile(r"\d+(?:[.,]\d+){2,}")
_CHAIN_TAIL_RE = re.compile(r"[.,]\d")
# Dates and phone numbers are masked: their digits are not quantities.
_DATE_RE = re.compile(r"(?<![\w.,])(?:\d{1,4}([./-])\d{1,2}\1\d{2,4}|\d{1,2}[:h]\d{2})(?![\w])")
_PHONE_RE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}(?:[ .\-/]?\(?\d{1,5}\)?){2,}"
    r"|\d{2}(?:[ .\-]\d{2}){3,}"
    r"|\(\d{2,5}\)[ .\-/]?\d{2,}(?:[ .\-/]\d{2,})+"
    r"|0\d{1,4}[ /\-]\d{3,}(?:[ \-]\d{2,})*"
    r"|\d{2,4}-\d{3,4}-\d{3,4})(?![\w])"
)
_ANY_DIGIT_RE = re.compile(r"\d")
_VULGAR_FRACTION_RE = re.compile("[\u00bc-\u00be\u2150-\u215e]")
#: After "15 dollars 50" the cents end the amount: punctuation, the end, or a word (no figure).
_CENTS_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$|[^\W\d_])")
#: A currency word written before a figure counts only when the figure ends the clause
#: ("dollari 4."), not in "in dollari 4 volte".
_CURRENCY_BEFORE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$)")
_FIGURE_NEXT_RE = re.compile(r"[ \u00a0\u202f]*[-−]?\d")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
#: Decimal marks as a whole text shows them (see ``decimal_convention``): "12.5", "1,2",
#: and a point before three digits, a thousands point ("4.318").
_POINT_DECIMALS_RE = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,]*\d)")
_COMMA_DECIMALS_RE = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,]*\d)")
_POINT_THOUSANDS_RE = re.compile(r"\d\.\d{3}(?!\d)")
_SLASH_FRACTION_RE = re.compile(r"(?<![\w.,/])(\d{1,2})/(\d{1,3})(?![\w/])")


def quantities(text: str, lang: str, decimal: str | None = None) -> list[Quantity]:
    """All quantities in ``text`` (sorted, non-overlapping); never raises on any string.

    ``decimal`` overrides the language's decimal mark for a text written in the other
    convention (a Spanish article from Mexico writes "12.5%" and "4,318 millones"); see
    ``decimal_convention``."""
    try:
        return _quantities(text, lang, decimal)
    except Exception:  # noqa: BLE001 - a normalizer must not take the pipeline down
        return []


# --------------------------------------------------------------------------------------------
# Grammar: one compiled bundle per language


def _alternation(words: list[str], *, ignore_case: bool = True, lead: bool = True) -> str:
    """Longest-first alternation; spaces match any whitespace, word ends get boundaries."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        pattern = re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", r"[\s\-]?")
        if lead and word[:1].isalnum():
            pattern = r"(?<!\w)" + pattern
        if word[-1:].isalnum():
            pattern += r"(?!\w)"
        parts.append(pattern if ignore_case else f"(?-i:{pattern})")
    return "|".join(parts) if parts else r"(?!x)x"


def _first_chars(words: list[str]) -> str:
    """A lookahead on possible first characters: lets the regex engine skip most positions."""
    chars = {w[:1].lower() for w in words if w} | {w[:1].upper() for w in words if w}
    return f"(?=[{re.escape(''.join(sorted(chars)))}])" if chars else ""


def _key(surface: str) -> str:
    return " ".join(surface.lower().replace("-", " ").split())


@dataclass
class _Grammar:
    lang: str
    decimal: str
    words: dict[str, tuple[str, Any]]
    tens_take_teens: frozenset[int]
    alone_scales: frozenset[str]
    scales: dict[str, dict[str, Any]]
    fractions: dict[str, float]
    currency: dict[str, tuple[str, float]]
    hedge_of: dict[str, str]
    hedge_after_of: dict[str, str]
    ranges: list[tuple[re.Pattern[str] | None, re.Pattern[str]]]
    ages: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]]
    morpheme_re: re.Pattern[str]
    run_re: re.Pattern[str]
    scale_re: re.Pattern[str]
    fraction_block_re: re.Pattern[str]
    fraction_time_re: re.Pattern[str]
    designator_re: re.Pattern[str]
    half_re: re.Pattern[str]
    pp_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    currency_after_re: re.Pattern[str]
    currency_word_before_re: re.Pattern[str]
    currency_before_re: re.Pattern[str]
    hedge_re: re.Pattern[str]
    particle_verbs: frozenset[str]
    particles: frozenset[str]
    level_verbs: frozenset[str]
    amount_of_hedges: frozenset[str]
    hedge_after_re: re.Pattern[str]
    age_suffix_re: re.Pattern[str] | None
    change_re: re.Pattern[str]
    unit_phrase_re: re.Pattern[str]
    decimal_word_re: re.Pattern[str]
    compound_re: re.Pattern[str]
    fraction_scan_re: re.Pattern[str]
    scale_fractions: dict[str, float]
    denominator_re: re.Pattern[str]
    denominators: dict[str, float]
    joiner_re: re.Pattern[str]
    age_stem_endings: tuple[str, ...] = field(default_factory=tuple)
    vague: dict[str, float] = field(default_factory=dict)
    vague_re: re.Pattern[str] | None = None
    vague_more_re: re.Pattern[str] | None = None
    negative_re: re.Pattern[str] | None = None
    infix_re: re.Pattern[str] | None = None
    infix_one_re: re.Pattern[str] | None = None
    infix_final_re: re.Pattern[str] | None = None
    pronoun_re: re.Pattern[str] | None = None
    pronouns: frozenset[str] = frozenset()
    collective_re: re.Pattern[str] | None = None
    percent_before_re: re.Pattern[str] | None = None
    whole_glue_re: re.Pattern[str] | None = None
    ordinal_re: re.Pattern[str] | None = None
    ordinal_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ordinal_marker_re: re.Pattern[str] | None = None
    ordinal_join_re: re.Pattern[str] | None = None
    article_one_re: re.Pattern[str] | None = None
    #: "ein Prozent", "um por cento": an article right before a percent word is one
    article_percent_re: re.Pattern[str] | None = None
    ordinal_plural_endings: tuple[str, ...] = ()
    ordinal_dens: dict[str, float] = field(default_factory=dict)
    ordinal_tail_re: re.Pattern[str] | None = None
    ordinal_compound_spaced: bool = False


@cache
def _grammar(lang: str) -> _Grammar:
    """Compile a language's numbers.yaml once; unknown languages fall back to English."""
    data = load(lang, "numbers") if lang in SUPPORTED else {}
    if not data:
        lang, data = "en", load("en", "numbers")
    flags = re.IGNORECASE
    words = {_key(w): (spec[0], spec[1]) for w, spec in (data.get("words") or {}).items()}
    scales: dict[str, dict[str, Any]] = {}
    scale_alts = []
    for entry in data.get("scales") or []:
        word = str(entry["word"])
        case = bool(entry.get("case"))
        scales[word if case else _key(word)] = entry
        scale_alts.append(_alternation([word], ignore_case=not case, lead=False))
    currency: dict[str, tuple[str, float]] = {}
    for surface, spec in (data.get("currency_words") or {}).items():
        if isinstance(spec, dict):
            currency[_key(surface)] = (spec["code"], float(spec.get("factor", 1.0)))
        else:
            currency[_key(surface)] = (str(spec), 1.0)
    symbols = {str(k): str(v) for k, v in (data.get("currency_symbols") or {}).items()}
    aliases = data.get("currency_code_aliases") or {}
    codes = [str(c) for c in data.get("currency_codes") or []]
    for symbol, code in symbols.items():
        currency[symbol.lower()] = (code, 1.0)
    for code in codes:
        currency[code.lower()] = (aliases.get(code, code), 1.0)
        currency[code.lower() + "$"] = (aliases.get(code, code), 1.0)
    by_length = sorted(symbols, key=len, reverse=True)
    symbol_alt = "(?-i:" + "|".join(  # "a $5" is not A$; "$ c'est" is no Canadian dollar
        re.escape(s) + (r"(?![\w'’])" if s[-1:].isalnum() else "") for s in by_length) + ")"
    million_prefix = str(data.get("currency_million_prefix") or "")
    if million_prefix:  # "30 MUSD", "MEUR 120": a million of that currency
        for code in codes:
            currency[(million_prefix + code).lower()] = (aliases.get(code, code), 1.0e6)
    abbreviations = data.get("currency_abbreviations") or {}
    for abbreviation, spec in abbreviations.items():  # "45 ME": written only in capitals
        currency[str(abbreviation).lower()] = (spec["code"], float(spec.get("factor", 1.0)))
    code_alt = "|".join(codes + [million_prefix + c for c in codes if million_prefix])
    after_alt = "|".join([code_alt] + [re.escape(str(a)) for a in abbreviations])
    code_dollar = rf"(?<![^\W\d_])(?i:(?:{code_alt})\$)"
    linkers = [str(x) for x in data.get("linkers") or []]
    linker_alt = "|".join(re.escape(x) + ("" if x.endswith("'") else r"\s+") for x in linkers)
    word_alt = _alternation(list(data.get("currency_words") or {}), lead=False)  # "15reais"
    currency_after = (
        rf"(?:[{_SPACES}]*|-)(?:(?:{linker_alt})?)(?P<cur>{word_alt}"
        rf"|(?-i:(?<![^\W\d_])(?:{after_alt})(?!\w))|{code_dollar}|{symbol_alt})"
        if linker_alt
        else rf"(?:[{_SPACES}]*|-)(?P<cur>{word_alt}|(?-i:(?<![^\W\d_])(?:{after_alt})(?!\w))"
        rf"|{code_dollar}|{symbol_alt})"
    )
    currency_before = (
        rf"(?P<cur>{code_dollar}|(?<![^\W\d_])(?:{symbol_alt})"
        rf"|(?-i:(?<![^\W\d_])(?:{code_alt})))[{_SPACES}]?$"
    )
    hedges = data.get("hedges") or {}
    hedge_of = {_key(w): kind for kind, ws in hedges.items() for w in ws}
    hedges_after = data.get("hedges_after") or {}
    hedge_after_of = {_key(w): kind for kind, ws in hedges_after.items() for w in ws}
    articles = [str(a) for a in data.get("hedge_articles") or []]
    article_alt = "|".join(re.escape(a) + ("" if a.endswith("'") else r"\s+") for a in articles)
    hedge_words = [str(w) for ws in hedges.values() for w in ws]
    hedge_alt = "|".join(
        (r"(?<!\w)" if w[:1].isalnum() else "") + re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(hedge_words, key=len, reverse=True)
    )
    hedge_re = rf"(?P<h>{hedge_alt})(?:\s+|(?<=')|(?<=’)|(?<=~))(?:{article_alt})?$"
    ranges = []
    for spec in data.get("ranges") or []:
        before = spec.get("before")
        before_re = re.compile(rf"(?<!\w){re.escape(before)}\s+$", flags) if before else None
        middle = re.escape(str(spec["middle"]))
        spaced = rf"\s+{middle}\s+" if middle[:1].isalpha() else rf"\s*{middle}\s*"
        middle_re = re.compile(spaced, flags)
        ranges.append((before_re, middle_re))
    ages = []
    for spec in data.get("age") or []:
        ages.append(tuple(
            re.compile(spec[k] + ("$" if k != "after" else ""), flags) if spec.get(k) else None
            for k in ("before", "after", "not_before")
        ))
    suffixes = data.get("age_suffixes") or []
    age_suffix_re = None
    endings: tuple[str, ...] = ()
    if suffixes:
        suffix_alt = "|".join(re.escape(s["suffix"]) for s in suffixes)
        age_suffix_re = re.compile(
            rf"(?<!\w)(?P<stem>[^\W\d_]{{3,}}?)(?:{suffix_alt})(?!\w)", flags)
        endings = tuple(dict.fromkeys(e for s in suffixes for e in s.get("stem_endings", [""])))
    morpheme_alt = "|".join(
        re.escape(w).replace(r"\ ", r"[\s\-]*").replace(r"\-", r"[\s\-]*")
        for w in sorted(data.get("words") or {}, key=len, reverse=True)
    )
    first = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    run_re = (
        rf"(?<!\w)(?=[{re.escape(first)}])(?:{morpheme_alt})(?:[\s\-]*(?:{morpheme_alt}))*(?!\w)"
        if words else r"(?!x)x"
    )
    fractions = {_key(k): float(v) for k, v in (data.get("fractions") or {}).items()}
    denominator_words = [str(w) for w in data.get("denominators") or {}]
    fraction_words = [str(w) for w in data.get("fractions") or {}]
    articles_one = [w for w, sp in words.items() if sp[0] == "article"]
    unit_percent = _unit_percent_words(data)
    joiners = [w for w, sp in words.items() if sp[0] == "glue"] + [
        str(w) for w in data.get("decimal_words") or []]
    scale_fraction_words = [str(w) for w in data.get("scale_fractions") or {}]
    unit_words = [str(w) for w in (data.get("percent") or []) + (data.get("percentage_points")
                                                                  or []) if str(w)[:1].isalpha()]
    spelled_scale_alt = _alternation([str(e["word"]) for e in data.get("scales") or []
                                      if not e.get("attached") and not e.get("case")])
    blockers = data.get("fraction_blockers") or []
    vague = {_key(w): float(v) for w, v in (data.get("vague_plurals") or {}).items()}
    vague_alt = _alternation(list(data.get("vague_plurals") or {}))
    vague_linkers = _alternation([str(x) for x in data.get("vague_linkers") or []])
    scale_words = [str(e["word"]) for e in data.get("scales") or []
                   if not e.get("attached") and not e.get("case")]
    infix = [str(x) for x in data.get("fraction_infix") or []]
    negative = [str(x) for x in data.get("negative_words") or []]
    pronoun_before = [str(x) for x in data.get("pronoun_one_before") or []]
    pronouns = [str(x) for x in data.get("pronoun_one") or []]
    ordinal_endings: dict[str, tuple[str, ...]] = {}
    for spec in data.get("ordinal_suffixes") or []:
        for suffix in spec["suffixes"]:
            ordinal_endings[suffix.lower()] = tuple(spec.get("stem_endings") or [""])
    ordinal_words = denominator_words + [str(w) for w in data.get("ordinal_words") or {}]
    # Suffix-anchored: the regex finds "esimi", the stem is read back to the word start.
    ordinal_parts = [rf"(?<!\w){_first_chars(ordinal_words)}(?P<den>"
                     rf"{_alternation(ordinal_words, lead=False)})(?!\w)"] if ordinal_words else []
    if ordinal_endings:
        suffix_alt = _alternation(list(ordinal_endings), lead=False)
        ordinal_parts.append(
            rf"{_first_chars(list(ordinal_endings))}(?<=[^\W\d_]{{2}})(?P<suf>{suffix_alt})")
    markers = [str(x) for x in data.get("denominator_markers") or []]
    joins = [str(x) for x in data.get("ordinal_joiners") or []]
    return _Grammar(
        lang=lang,
        decimal=str(data.get("decimal", ".")),
        words=words,
        tens_take_teens=frozenset(int(x) for x in data.get("tens_take_teens") or []),
        alone_scales=frozenset(_key(e["word"]) for e in data.get("scales") or [] if e.get("alone")),
        scales=scales,
        fractions=fractions,
        currency=currency,
        hedge_of=hedge_of,
        hedge_after_of=hedge_after_of,
        ranges=ranges,
        ages=ages,
        morpheme_re=re.compile(morpheme_alt or r"(?!x)x", flags),
        run_re=re.compile(run_re, flags),
        scale_re=re.compile(rf"(?P<ws>[{_SPACES}]?)(?P<w>{'|'.join(scale_alts) or '(?!x)x'})",
                            flags),
        fraction_block_re=re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(b) for b in blockers) or '(?!x)x'})[\s-]+$", flags),
        fraction_time_re=re.compile(
            rf"[{_SPACES}]+(?:(?:{_alternation(data.get('fraction_time_nouns') or [])})(?!\w)"
            rf"|(?:(?:{_alternation(data.get('fraction_year_links') or []) or '(?!x)x'})"
            rf"[{_SPACES}]+)?(?:1[89]|20)\d\d(?![\d])(?![.,]\d))",
            flags),
        designator_re=re.compile(
            rf"(?:{_alternation(data.get('designator_nouns') or [], lead=True)})[{_SPACES}]+$",
            flags),
        half_re=re.compile(rf"\s*(?:{_alternation(data.get('and_a_half') or [])})", flags),
        pp_re=re.compile(rf"[{_SPACES}]*(?:{_alternation(data.get('percentage_points') or [])})",
                         flags),
        percent_re=re.compile(rf"[{_SPACES}]*(?:{_alternation(data.get('percent') or [])})", flags),
        currency_after_re=re.compile(currency_after, flags),
        currency_word_before_re=re.compile(rf"(?<!\w)(?P<cur>{word_alt})[{_SPACES}]$", flags),
        currency_before_re=re.compile(currency_before, flags),
        hedge_re=re.compile(hedge_re if hedge_alt else r"(?!x)x", flags),
        particle_verbs=frozenset(_key(w) for w in data.get("particle_verbs") or ()),
        particles=frozenset(_key(w) for w in data.get("particles") or ()),
        level_verbs=frozenset(_key(w) for w in data.get("level_verbs") or ()),
        amount_of_hedges=frozenset(_key(w) for w in data.get("amount_of_hedges") or ()),
        hedge_after_re=re.compile(rf"\s+(?P<h>{_alternation(list(hedge_after_of))})", flags)
        if hedge_after_of else re.compile(r"(?!x)x"),
        age_suffix_re=age_suffix_re,
        unit_phrase_re=re.compile(_first_chars(unit_words) + f"(?:{_alternation(unit_words)})",
                                  flags),
        scale_fractions={_key(k): float(v) for k, v in (data.get("scale_fractions") or {}).items()},
        denominator_re=re.compile(
            rf"[\s\-]+(?P<d>{_alternation([str(w) for w in data.get('denominators') or {}])})",
            flags),
        fraction_scan_re=re.compile(
            rf"(?P<sf>{_first_chars(scale_fraction_words)}(?P<f>{_alternation(scale_fraction_words)})"
            rf"[\s\-]*(?:(?:{_alternation(articles_one)})\s+)?(?P<s>{spelled_scale_alt}))"
            rf"|(?P<ad>{_first_chars(articles_one)}(?:{_alternation(articles_one)})\s+"
            rf"(?P<d>{_alternation(denominator_words)}))"
            rf"|{_first_chars(fraction_words)}(?:{_alternation(fraction_words)})", flags),
        denominators={_key(k): float(v) for k, v in (data.get("denominators") or {}).items()},
        joiner_re=re.compile(rf"\s+(?:{_alternation(joiners)})\s+", flags),
        decimal_word_re=re.compile(
            rf"\s+(?:{_alternation(data.get('decimal_words') or [])})\s+", flags),
        compound_re=re.compile(rf"[\s,]*(?:{_alternation(joiners)})?\s*", flags),
        change_re=re.compile(rf"(?:{_alternation(data.get('change_words') or [])})\W*(?:\w+\W+)?$",
                             flags),
        age_stem_endings=endings,
        vague=vague,
        vague_re=re.compile(r"(?<!\w)" + _first_chars(list(vague)) + f"(?:{vague_alt})", flags)
        if vague else None,
        vague_more_re=re.compile(
            rf"\s+(?:(?:{vague_linkers})\s+)?(?P<s>{_alternation(list(vague) + scale_words)})",
            flags) if vague else None,
        negative_re=re.compile(rf"(?:{_alternation(negative)})\s*$", flags) if negative else None,
        infix_re=re.compile(rf"\s+(?:{_alternation(infix)})\s+", flags) if infix else None,
        infix_final_re=re.compile(
            rf"\s+(?:{_alternation([str(x) for x in data['fraction_infix_final']])})\s+", flags)
        if data.get("fraction_infix_final") else None,
        infix_one_re=re.compile(
            rf"(?:{_alternation(articles_one)})\s+(?:{_alternation(infix)})\s+$", flags)
        if infix and articles_one else None,
        pronoun_re=re.compile(rf"(?:{_alternation(pronoun_before)})\s+$", flags)
        if pronoun_before else None,
        pronouns=frozenset(_key(p) for p in pronouns),
        ordinal_re=re.compile(rf"(?:{'|'.join(ordinal_parts)})(?!\w)", flags)
        if ordinal_parts else None,
        ordinal_endings=ordinal_endings,
        ordinal_dens={_key(k): float(v) for k, v in
                      {**(data.get("denominators") or {}),
                       **(data.get("ordinal_words") or {})}.items()},
        ordinal_compound_spaced=bool(data.get("ordinal_compound_spaced")),
        ordinal_tail_re=re.compile(rf"\s*(?:[.,;:!?)]|$)|\s+(?:{vague_linkers})", flags),
        ordinal_plural_endings=tuple(str(x) for x in data.get("ordinal_plural_endings") or []),
        ordinal_marker_re=re.compile(rf"\s+(?:{_alternation(markers)})", flags)
        if markers else None,
        ordinal_join_re=re.compile(rf"[\s\-]*(?:(?:{_alternation(joins)})[\s\-]*)?", flags)
        if "ordinal_joiners" in data else None,  # languages that write "twenty-fifth" apart
        article_one_re=re.compile(rf"(?:{_alternation(articles_one)})\s+$", flags)
        if articles_one else None,
        article_percent_re=re.compile(
            rf"(?<!\w)(?:{_alternation(articles_one)})(?=[{_SPACES}]+"
            rf"(?:{_alternation(unit_percent)})(?!\w))", flags)
        if articles_one and unit_percent else None,
        whole_glue_re=re.compile(rf"\s+(?:{_alternation(data['whole_and_fraction_glue'])})\s+",
                                 flags) if data.get("whole_and_fraction_glue") else None,
        percent_before_re=re.compile(
            rf"(?:(?P<p>[.;:!?(])\s*|^\s*)(?:{_alternation(data['percent_before'])})\s+$", flags)
        if data.get("percent_before") else None,
        collective_re=re.compile(_alternation([str(w) for w in data["collective_words"]]), flags)
        if data.get("collective_words") else None,
    )


# --------------------------------------------------------------------------------------------
# Spans already read: asked about once per figure, so each question costs log time, not a rescan


class _Spans:
    """(start, end) spans that answer "does any overlap [a, b)?" without scanning them all.

    A text can hold tens of thousands of figures or number words; asking each of them against a
    list of every other one made ``quantities`` quadratic (a run of 64,000 letters took 24 s).
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))
        self.ends = sorted(end for _, end in ordered)

    def reach_before(self, position: int) -> int:
        """The furthest end among spans starting before ``position`` (-1 when none does)."""
        index = bisect_left(self.starts, position)
        return self.reach[index - 1] if index else -1

    def overlaps(self, start: int, end: int) -> bool:
        return self.reach_before(end) > start

    def crosses(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end) without lying wholly inside it."""
        return self.reach_before(start) > start or self.reach_before(end) > end

    def ends_within(self, start: int, end: int) -> bool:
        """Whether a span ends at a position in [start, end]."""
        return bisect_right(self.ends, end) > bisect_left(self.ends, start)


def _blank_before(text: str, position: int) -> int:
    """Where the run of whitespace ending at ``position`` starts."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


# --------------------------------------------------------------------------------------------
# Figures: a mutable working record, turned into a Quantity at the end


@dataclass
class _Fig:
    start: int
    end: int
    value: float
    half: float  # written-precision half-unit, scaled; 0 = exact
    source: str  # "digits" | "words" | "fraction"
    plain_int: bool = False  # only digits, no separator, no decimals
    scale: float = 1.0
    kind: str = "number"
    unit: str | None = None
    hedge: str | None = None
    high: float | None = None  # range end
    needs_currency: bool = False
    unscaled: tuple[int, float, float] | None = None  # (end, value, half) before the scale
    glued: bool = False  # a letter follows the digits directly ("3D", "5km")
    unit_before: bool = False  # the unit was written before the figure ("$2-3 billion")
    factor: float = 1.0  # sub-unit factor of the currency word ("cents" -> 0.01)
    vague: bool = False  # a plural quantifier ("dozens", "centinaia"): a floor, not a figure
    collective: bool = False  # "una decina", "un millier": a rough count


def _parse_digits(raw: str, decimal: str) -> tuple[float, float, bool] | None:
    """(value, half-unit, plain integer) of a digit string, by language and by evidence."""
    seps = [c for c in raw if not c.isdigit()]
    if not seps:
        trailing = len(raw) - len(raw.rstrip("0")) if raw.strip("0") else 0
        return float(raw), 0.5 * 10**trailing, True
    kinds = list(dict.fromkeys(seps))
    decimal_char: str | None
    if len(kinds) >= 2:
        decimal_char = seps[-1]
        if seps.count(decimal_char) > 1 or decimal_char not in ".,":
            return None
    elif kinds[0] in ".," and len(seps) == 1:
        tail = raw.rsplit(kinds[0], 1)[1]
        # "14,000" in Spanish: three zeros after the separator are never decimals (14,000 is
        # not how anyone writes 14): the other convention's thousands
        decimal_char = None if len(tail) == 3 and (kinds[0] != decimal or tail == "000") \
            else kinds[0]
    else:
        decimal_char = None
    if decimal_char is None:
        digits = "".join(c for c in raw if c.isdigit())
        trailing = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        return float(digits), 0.5 * 10**trailing, False
    whole, frac = raw.rsplit(decimal_char, 1)
    whole = "".join(c for c in whole if c.isdigit()) or "0"
    return float(f"{whole}.{frac}"), 0.5 * 10 ** -len(frac), False


def _scan_digits(text: str, g: _Grammar, masked: list[tuple[int, int]]) -> list[_Fig]:
    figs: list[_Fig] = []
    skip_until = -1
    masks = _Spans(masked)
    for m in _DIGITS_RE.finditer(text):
        start, end = m.span()
        if start < skip_until:
            continue
        if masks.crosses(start, end):
            continue  # a date or phone number; a mask inside one grouped figure is no phone
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue  # "GPT-4", "COVID-19": part of a name
        if start and text[start - 1].isalpha() and not _glued_code(text, start, g):
            continue  # "A320", "Q3", "G7": part of a name; "EUR29,99" is money
        if (m.group("num").isdigit() and not m.group("sign")
                and g.designator_re.search(text, max(0, start - 24), start)):
            continue  # "runway 33", "vuelo 5342", "Gleis 9": a number that names, not counts
        if not (m.group("exp") or m.group("pow") or m.group("exp10")) and _CHAIN_TAIL_RE.match(
                text, end):
            chain = _CHAIN_RE.match(text, m.start("num"))
            if chain:  # "192.168.1.2": each part is a separate integer, never one value
                skip_until = chain.end()
                pos = chain.start()
                for part in re.split(r"[.,]", chain.group()):
                    figs.append(_Fig(pos, pos + len(part), float(part), 0.5, "digits",
                                     plain_int=True))
                    pos += len(part) + 1
                continue
        try:
            parsed = _parse_digits(m.group("num"), g.decimal)
            if parsed is None:
                continue
            value, half, plain = parsed
            if m.group("exp") or m.group("exp10"):  # "1.3e6", "1.3x10^6": scientific notation
                power = 10.0 ** int(m.group("exp")[1:] if m.group("exp") else m.group("exp10"))
                value, half, plain = value * power, half * power, False
            elif m.group("pow"):  # "1.1^23", "2.5^-1": an explicit power, read as exact
                exponent = m.group("pow")
                sign = -1 if exponent.count("-") % 2 else 1
                value = value ** (sign * int(exponent.lstrip("+-")))
                half, plain = 0.0, False
        except (OverflowError, ZeroDivisionError):
            continue  # "0^-1", a 400-digit figure: refused, the sentence's others still read
        if not _sane(value) or not _sane(half) or isinstance(value, complex):
            continue
        if m.group("sign"):
            value = -value
        fig = _Fig(start, end, value, half, "digits", plain_int=plain)
        _attach_scales(text, fig, g)
        figs.append(fig)
    return figs


def _glued_code(text: str, start: int, g: _Grammar) -> bool:
    """An upper-case ISO code written against the digits ("EUR29,99"), not inside a word."""
    code = text[max(0, start - 3):start]
    return (len(code) == 3 and code.isupper() and code.lower() in g.currency
            and not text[max(0, start - 4):max(0, start - 3)].isalpha())


def _attach_scales(text: str, fig: _Fig, g: _Grammar) -> None:
    """'14,3 miliardi', '10M', '14 mil millones': multiply by following scale words."""
    pos, last = fig.end, 0.0
    while True:
        m = g.scale_re.match(text, pos)
        if not m:
            break
        word = m.group("w")
        entry = g.scales.get(word) or g.scales.get(_key(word))
        if not entry or (entry.get("attached") and m.group("ws")):
            break
        value = float(entry["value"])
        if last and value <= last:
            break
        if fig.unscaled is None:
            fig.unscaled = (fig.end, fig.value, fig.half)
        fig.value *= value
        fig.half *= value
        fig.scale *= value
        fig.needs_currency = fig.needs_currency or bool(entry.get("needs_currency"))
        pos = fig.end = m.end()
        last = value
    nxt = text[fig.end:fig.end + 1]
    fig.glued = bool(nxt) and (nxt.isalnum() or nxt == "_")


# --------------------------------------------------------------------------------------------
# Spelled-out numbers


@dataclass
class _WordState:
    start: int = -1
    end: int = -1
    segments: list[tuple[float, float]] = field(default_factory=list)  # (scale, absolute amount)
    group: float = 0.0
    last: str = "none"
    morphemes: int = 0
    only_article: bool = True
    #: Where the words after the last scale word begin, and where that scale word ends.
    group_start: int = -1
    scale_end: int = -1

    def value(self) -> float:
        return sum(a for _, a in self.segments) + self.group

    def final_scale(self) -> float:
        """The scale the number ends on ("due milioni" -> 1e6), so "e mezzo" can be scaled."""
        return self.segments[-1][0] if self.last == "scale" and self.segments else 1.0


def _unit_percent_words(data: dict) -> list[str]:
    """The percent words that name the unit, not the concept: "ein Prozent" is one percent, "a
    percentage" ("how do I calculate a percentage?") is no figure."""
    return [str(w) for w in data.get("percent") or []
            if not re.search(r"(?:age|aje|agem|satz|uale)$", str(w))]


def _words_to_numbers(run: str, offset: int, g: _Grammar,
                      taken: _Spans | None = None) -> list[tuple[int, int, float, float]]:
    """Evaluate a run of number morphemes; a morpheme that cannot continue starts a new number.

    Morphemes inside ``taken`` spans (already read as units: "34 cents") break the run.
    """
    morphs = []
    for m in g.morpheme_re.finditer(run):
        kind, value = g.words.get(_key(m.group()), ("", None))
        a, b = m.start() + offset, m.end() + offset
        if taken is not None and taken.overlaps(a, b):
            kind, value = "break", None
        if kind:
            morphs.append((m.start() + offset, m.end() + offset, kind, value, _key(m.group())))
    out: list[tuple[int, int, float, float]] = []
    state = _WordState()
    glue: str | None = None

    def flush() -> None:
        if state.morphemes and not state.only_article:
            out.append((state.start, state.end, state.value(), state.final_scale()))

    # The next morpheme that is not glue, for each position: found once, not by a rescan.
    following: list[tuple | None] = [None] * len(morphs)
    ahead: tuple | None = None
    for index in range(len(morphs) - 1, -1, -1):
        following[index] = ahead
        if morphs[index][2] != "glue":
            ahead = morphs[index]

    for i, (start, end, kind, value, word) in enumerate(morphs):
        if kind == "break":
            flush()
            state, glue = _WordState(), None
            continue
        if kind == "glue":
            glue = str(value) if state.morphemes else None
            continue
        nxt = following[i]
        nxt_reverse = i + 1 < len(morphs) and morphs[i + 1][3] == "reverse"
        if (kind == "scale" and state.group > 0 and state.group_start >= 0
                and any(sc == float(value) for sc, _a in state.segments)):
            # "seis mil e sete mil", "cinco mil y seis mil": a scale word said twice ends the
            # first number at its scale word; the words since begin the second
            out.append((state.start, state.scale_end, sum(a for _, a in state.segments),
                        state.segments[-1][0]))
            state = _WordState(start=state.group_start, group=state.group, last=state.last,
                               morphemes=1, only_article=False)
            glue = None
        if not _word_step(state, kind, value, word, glue, nxt, nxt_reverse, g):
            flush()
            state = _WordState()
            if not _word_step(state, kind, value, word, None, nxt, nxt_reverse, g):
                state = _WordState()
                glue = None
                continue
        if state.start < 0:
            state.start = start
        if kind == "scale":
            state.scale_end, state.group_start = end, -1
        elif state.group_start < 0 and state.segments:
            state.group_start = start
        state.end = end
        state.morphemes += 1
        if kind != "article":
            state.only_article = False
        glue = None
    flush()
    return out


def _word_step(s: _WordState, kind: str, value: Any, word: str, glue: str | None,
               nxt: tuple | None, nxt_reverse: bool, g: _Grammar) -> bool:
    """Try to add one morpheme to the number being built; False when it cannot continue it."""
    last, group = s.last, s.group
    fresh = last == "none" and not s.segments
    if kind == "zero":
        if not fresh:
            return False
        s.last = "zero"
        return True
    if last == "zero":
        return False
    if kind == "article":
        # "a million", "eine Million", "vingt et un", "einundzwanzig": an article is 1 only
        # where a number word continues it, or after a ten.
        follows = nxt is not None and (nxt[2] in ("hundred", "scale", "dozen")
                                       or (nxt[2] == "ten" and nxt_reverse))
        if (fresh or last in ("hundred", "scale")) and follows:
            s.group += 1.0
            s.last = "unit"
            return True
        if last == "ten" and group % 10 == 0:
            s.group += 1
            s.last = "unit"
            return True
        return False
    v = float(value)
    if kind == "unit":
        if last in ("none", "hundred", "scale") or (last == "ten" and group % 10 == 0
                                                    and glue != "reverse"):
            s.group += v
            s.last = "unit"
            return True
        return False
    if kind == "teen":
        if last in ("none", "hundred", "scale") or (
                last == "ten" and int(group % 100) in g.tens_take_teens):
            s.group += v
            s.last = "teen"
            return True
        return False
    if kind == "ten":
        if last in ("none", "hundred", "scale") or (last == "unit" and glue == "reverse"
                                                    and group % 100 < 10):
            s.group += v
            s.last = "ten"
            return True
        return False
    if kind == "hundreds":
        if last in ("none", "scale"):
            s.group += v
            s.last = "hundred"
            return True
        return False
    if kind == "hundred":
        if last in ("none", "scale"):
            s.group += 100
        elif last in ("unit", "teen", "ten") and 0 < group < 100:
            s.group = group * 100
        else:
            return False
        s.last = "hundred"
        return True
    if kind == "dozen":  # a bare "dozzina" ("64 cents a dozzina") is a unit, not 12
        if last == "hundred" and 0 < group < 1000 and not s.segments:
            s.group = group * v  # "two hundred dozens"
            s.last = "dozen"
            return True
        if last in ("unit", "teen", "ten"):
            small = group % 100 if last != "none" else 1  # "trecento e due dozzine" = 324
            s.group = group - (small if last != "none" else 0) + small * v
            s.last = "dozen"
            return True
        return False
    if kind == "half":
        if last in ("unit", "teen", "ten", "hundred"):
            s.group += 0.5
            s.last = "dozen"
            return True
        return False
    if kind == "scale":
        lesser = sum(a for sc, a in s.segments if sc < v)
        if last == "scale" and group == 0:
            if not lesser:
                return False
            base = lesser  # "mil millones": the thousand is multiplied again
        elif fresh:
            if word not in g.alone_scales:
                return False
            base = 1.0
        elif group > 0:
            base = group + lesser
        else:
            return False
        s.segments = [(sc, a) for sc, a in s.segments if sc >= v] + [(v, base * v)]
        s.group = 0.0
        s.last = "scale"
        return True
    return False


def _scan_words(text: str, g: _Grammar, taken: list[tuple[int, int]]) -> list[_Fig]:
    figs = []
    spans = _Spans(taken)
    for m in g.run_re.finditer(text):
        for start, end, value, scale in _words_to_numbers(m.group(), m.start(), g, spans):
            if spans.overlaps(start, end):
                continue
            surface = _key(text[start:end])
            if surface in g.vague:
                continue  # "dozens": read by _scan_vague as a floor
            if (surface in g.pronouns and g.pronoun_re is not None
                    and g.pronoun_re.search(text, max(0, start - 16), start)):
                continue  # "the one you mentioned", "which one": a pronoun, not a count
            fig = _Fig(start, end, value, _integer_half(value), "words", scale=scale)
            if g.collective_re and g.collective_re.search(text, start, end):
                fig.collective, fig.half = True, 0.0  # slack comes from COLLECTIVE_RELATIVE
            figs.append(fig)
    if g.article_percent_re is not None:
        for m in g.article_percent_re.finditer(text):
            if not spans.overlaps(m.start(), m.end()):
                figs.append(_Fig(m.start(), m.end(), 1.0, _integer_half(1.0), "words"))
    return figs


def _integer_half(value: float) -> float:
    """Half a unit of the last significant digit of an integer (trailing zeros not significant)."""
    if not _whole(value):
        return 0.0
    n, trailing = int(abs(value)), 0
    while n and n % 10 == 0:
        n //= 10
        trailing += 1
    return 0.5 * 10**trailing


def _words_value(word: str, g: _Grammar) -> float | None:
    """The value of a string that is wholly one spelled number, else None."""
    if not g.run_re.fullmatch(word):
        return None
    numbers = _words_to_numbers(word, 0, g)
    if len(numbers) == 1 and numbers[0][0] == 0 and numbers[0][1] == len(word):
        return numbers[0][2]
    return None


# --------------------------------------------------------------------------------------------
# Units, ages, hedges, ranges


def _attach_units(text: str, fig: _Fig, g: _Grammar, taken_until: int = 0) -> None:
    if fig.kind != "fraction":
        m = g.half_re.match(text, fig.end)
        if m and m.end() > fig.end:
            fig.value += 0.5 * fig.scale
            fig.half = 0.0
            fig.end = m.end()
            fig.glued = False
            if fig.scale == 1:
                _attach_scales(text, fig, g)  # "two and a half million"
    m = g.pp_re.match(text, fig.end)
    if m and m.end() > fig.end:
        fig.kind, fig.unit, fig.end, fig.glued = "percentage_points", "pp", m.end(), False
        return
    m = g.percent_re.match(text, fig.end)
    if m and m.end() > fig.end:
        fig.kind, fig.unit, fig.end, fig.glued = "percent", "%", m.end(), False
        return
    if fig.kind == "fraction":
        return
    before = text[max(0, fig.start - _LOOKBACK):fig.start]
    m = g.currency_before_re.search(before)
    if m and fig.start - (len(before) - m.start()) < taken_until:
        m = None  # "17 USD 25", "14,3 Mrd. USD 2024": the figure before took that code
    if m:
        code, factor = _currency(m.group("cur"), g)
        if code:
            fig.kind, fig.unit, fig.unit_before = "money", code, True
            fig.start -= len(before) - m.start()
            if factor != 1:
                fig.value *= factor
                fig.half *= factor
                fig.scale *= factor
            m2 = _currency_after(text, fig.end, g)  # "US$ 5 USD" is still one figure
            if m2 and _currency(m2.group("cur"), g)[0] == code and not fig.glued:
                fig.end = m2.end()
            return
    m = g.currency_word_before_re.search(before) if not fig.glued else None
    if (m and fig.start - (len(before) - m.start()) >= taken_until
            and _CURRENCY_BEFORE_END_RE.match(text, fig.end)):
        code, factor = _currency(m.group("cur"), g)
        if code and factor == 1:  # "dollari 4.", "dólar 22,5 millones": the word leads
            fig.kind, fig.unit, fig.unit_before = "money", code, True
            fig.start -= len(before) - m.start()
            return
    m = _currency_after(text, fig.end, g)
    if m and _year_like(fig) and _FIGURE_NEXT_RE.match(text, m.end()):
        return  # "in 2024 USD 5 million": the code opens the next figure
    if m and fig.glued and m.start("cur") != fig.end:
        return  # "5km": a glued word that is not a currency
    if m:
        fig.glued = False
        code, factor = _currency(m.group("cur"), g)
        if code:
            fig.kind, fig.unit, fig.factor = "money", code, factor
            fig.value *= factor
            fig.half *= factor
            if factor > 1:
                fig.scale *= factor
            fig.end = m.end()
            if fig.scale == 1 and m.group("cur").isupper():
                _attach_scales(text, fig, g)  # "75 USD million"
                fig.glued = False


def _currency_after(text: str, pos: int, g: _Grammar) -> re.Match[str] | None:
    """A currency written after a figure; a symbol followed by a figure is that figure's prefix."""
    m = g.currency_after_re.match(text, pos)
    if m and not m.group("cur")[-1:].isalpha() and _FIGURE_NEXT_RE.match(text, m.end()):
        return None
    return m


def _currency(surface: str, g: _Grammar) -> tuple[str | None, float]:
    found = g.currency.get(surface.lower()) or g.currency.get(_key(surface))
    return found if found else (None, 1.0)


def _attach_age(text: str, fig: _Fig, g: _Grammar) -> None:
    if (fig.kind != "number" or fig.scale != 1 or not math.isfinite(fig.value)
            or not float(fig.value).is_integer() or fig.vague):
        return
    if not 0 < fig.value <= MAX_AGE:
        return
    head = text[max(0, fig.start - _LOOKBACK):fig.start]
    for before_re, after_re, not_before_re in g.ages:
        mb = before_re.search(head) if before_re else None
        ma = after_re.match(text, fig.end) if after_re else None
        if (before_re and not mb) or (after_re and not ma):
            continue
        if not_before_re and not_before_re.search(head):
            continue
        if mb:
            # a before-context may name the part of it that is the figure's ("(?P<own>…)"):
            # "Ana Ruiz, 52," keeps the name out of the age
            own = mb.start("own") if "own" in before_re.groupindex else mb.start()
            fig.start -= len(head) - own
        if ma:
            fig.end = ma.end()
        fig.kind, fig.unit, fig.half, fig.glued = "age", "years", 0.0, False
        return


def _scan_age_words(text: str, g: _Grammar) -> list[_Fig]:
    """'ventottenne' -> age 28: a number stem glued to an age suffix."""
    if g.age_suffix_re is None:
        return []
    figs = []
    for m in g.age_suffix_re.finditer(text):
        stem = m.group("stem")
        for ending in g.age_stem_endings:
            value = _words_value(stem + ending, g)
            if value is not None and 10 <= value <= MAX_AGE:
                figs.append(_Fig(m.start(), m.end(), value, 0.0, "words", kind="age",
                                 unit="years"))
                break
    return figs


def _scan_fractions(text: str, g: _Grammar) -> list[_Fig]:
    """'half a million' (scale fraction), 'un octavo' (article + denominator), 'la metà'."""
    figs = []
    for m in g.fraction_scan_re.finditer(text):  # one pass, alternatives longest-first
        if g.fraction_time_re.match(text, m.end()):
            continue  # "a quarter of a century", "un quart d'heure", "la metà del 2027": a time
        if m.group("sf"):
            frac = g.scale_fractions.get(_key(m.group("f")))
            entry = g.scales.get(_key(m.group("s")))
            if frac is not None and entry:
                scale = float(entry["value"])
                figs.append(_Fig(m.start(), m.end(), frac * scale, 0.0, "words", scale=scale))
        elif m.group("ad"):
            den = g.denominators.get(_key(m.group("d")))
            if den:
                figs.append(_Fig(m.start(), m.end(), 1 / den, 0.0, "fraction", kind="fraction"))
        elif not g.fraction_block_re.search(text[max(0, m.start() - 20):m.start()]):
            value = g.fractions.get(_key(m.group()))
            if value is not None:
                figs.append(_Fig(m.start(), m.end(), value, 0.0, "fraction", kind="fraction"))
    for m in _VULGAR_FRACTION_RE.finditer(text):
        figs.append(_Fig(m.start(), m.end(), unicodedata.numeric(m.group()), 0.0, "fraction",
                         kind="fraction"))
    for m in _SLASH_FRACTION_RE.finditer(text) if "/" in text else ():
        num, den = int(m.group(1)), int(m.group(2))
        if 0 < num < den and (den <= 10 or den == 100):  # "3/4", not "9/11" or "24/7"
            figs.append(_Fig(m.start(), m.end(), num / den, 0.0, "fraction", kind="fraction"))
    return figs


def _merge_ranges(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'between $2 and $3 billion', '20-30%' -> one figure with hedge 'range'."""
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        merged = _range(text, a, b, g) if b is not None else None
        if merged:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range(text: str, a: _Fig, b: _Fig, g: _Grammar) -> _Fig | None:
    if (a.kind in ("age", "fraction") or b.kind in ("age", "fraction") or a.high is not None
            or a.vague or b.vague):
        return None
    if _year_like(a) and _year_like(b):
        return None  # "2019-2020", "between 2020 and 2024": a period, left to the period reader
    if _year_like(a) and a.unit is None and b.kind in ("money", "percent"):
        return None  # "from $1.2 billion in 2023 to $1.5 billion": a year, then the new level
    gap = text[a.end:b.start]
    b_value = b.value
    if gap.strip() == "" and text[b.start:b.start + 1] in "-−" and b.value < 0:
        gap, b_value = gap + "-", -b.value
    start = None
    for before_re, middle_re in g.ranges:
        if not middle_re.fullmatch(gap):
            continue
        if before_re is None:
            start = a.start
            break
        mb = before_re.search(text, max(0, a.start - _LOOKBACK), a.start)
        if mb:
            start = mb.start()
            break
    if start is None:
        return None
    if a.unit != b.unit and not (a.unit is None or (a.unit_before and b.unit is None)):
        return None  # "3 points to 20": different things; "$2-3 billion": the $ is shared
    if g.change_re.search(text, max(0, start - _LOOKBACK), start):
        return None  # "rose from 20 to 30" is a change, not a range
    a_value = a.value
    if a.scale == 1 and b.scale != 1 and a.source == b.source == "digits":
        if a_value * b.scale <= b_value:
            a_value *= b.scale
    if not a_value < b_value:
        return None
    kind = a.kind if a.kind != "number" else b.kind
    unit = a.unit or b.unit
    return _Fig(start, b.end, a_value, 0.0, a.source, kind=kind, unit=unit, hedge="range",
                high=b_value, scale=b.scale)


#: A figure or a currency right after a trailing hedge word: "plus £16m" adds, it does not hedge.
_AMOUNT_NEXT = re.compile(r"\s*(?:[$€£¥]|\d|(?:US|A|C|HK)?\$)")


def _particle_of_verb(hedge: str, before: str, g: _Grammar) -> bool:
    """Whether the word before a hedge word makes it a verb's particle ("handed over"; "taken
    almost 34%" keeps its hedge: "almost" is no particle)."""
    words = before.split()
    return (_key(hedge) in g.particles and bool(words)
            and _key(words[-1]) in g.particle_verbs)


def _names_level_reached(before: str, g: _Grammar) -> bool:
    """Whether the words before an up-to word make it "to" ("aumentó hasta", "un 8,2 %, hasta
    2.431 millones", "salito fino a"): a change verb or its percentage, so a level, no ceiling."""
    words = before.split()
    last = words[-1].rstrip(",") if words else ""
    if last.endswith("%") or _key(last) in g.level_verbs:
        return True
    if not words or not words[-1].endswith(","):
        return False
    # "cayó un 47,6 % en el primer semestre, hasta 2.415 millones": past a comma, a change
    # told earlier in the clause still makes the up-to word "to"
    clause = re.split(r"[.;:!?]\s", before)[-1].split()
    return any(w.rstrip(",").endswith("%") or _key(w.rstrip(",")) in g.level_verbs
               for w in clause[:-1])


def _names_amount_of_noun(text: str, hedge_start: int, hedge: str, g: _Grammar) -> bool:
    """Whether a hedge word right after a capitalized noun names that noun's amount ("ein
    Rückkaufprogramm über 900 Millionen", "eine Rechnung über 500 Euro"): no "over". A word
    opening the sentence is no noun for this ("Insgesamt über 100")."""
    if _key(hedge) not in g.amount_of_hedges:
        return False
    before = text[max(0, hedge_start - _LOOKBACK):hedge_start].rstrip()
    word = re.search(r"(\w+)$", before)
    if word is None or not word.group(1)[:1].isupper():
        return False
    ahead = before[:word.start()].rstrip()
    return bool(ahead) and ahead[-1] not in ".!?:\n\"«„“"


def _attach_hedge(text: str, fig: _Fig, g: _Grammar) -> None:
    if fig.hedge:
        return
    head = text[max(0, fig.start - _LOOKBACK):fig.start]
    m = g.hedge_re.search(head)
    if m and _particle_of_verb(m.group("h"), head[:m.start()], g):
        m = None  # "handed over 1,654,321 vehicles": the verb's particle, no hedge
    if m and g.hedge_of.get(_key(m.group("h"))) == "up_to" and _names_level_reached(
            text[max(0, fig.start - 4 * _LOOKBACK):fig.start - len(head) + m.start()], g):
        m = None  # "creció un 6 %, hasta 3.900 millones": the level reached
    if m and _names_amount_of_noun(text, fig.start - len(head) + m.start(), m.group("h"), g):
        m = None  # "ein Rückkaufprogramm über 900 Millionen Euro": the programme's amount
    if m:
        kind = g.hedge_of.get(_key(m.group("h")))
        if kind:
            fig.hedge = kind
            fig.start -= len(head) - m.start()
            return
    m = g.hedge_after_re.match(text, fig.end)
    if m and not _AMOUNT_NEXT.match(text, m.end()):  # "£100m plus £16m": an addition
        kind = g.hedge_after_of.get(_key(m.group("h")))
        if kind:
            fig.hedge = kind
            fig.end = m.end()


def _merge_compound_money(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'3 dollars 50 cents', '15 Dollar 50.', 'tredici euro e quarantacinque cent': one amount."""
    out: list[_Fig] = []
    for fig in figs:
        prev = out[-1] if out else None
        joined = (prev is not None and prev.kind == "money" and prev.factor == 1
                  and prev.hedge is None and fig.hedge is None
                  and g.compound_re.fullmatch(text, prev.end, fig.start) is not None)
        if joined and fig.kind == "money" and fig.factor < 1:
            prev.value += fig.value
            prev.half, prev.end = fig.half, fig.end
            continue
        if (joined and fig.kind == "number" and not prev.unit_before and fig.hedge is None
                and ((fig.source == "digits" and fig.end - fig.start == 2 and fig.plain_int)
                     or (fig.source == "words" and fig.scale == 1 and 0 < fig.value < 100
                         and _whole(fig.value)))
                and _CENTS_END_RE.match(text, fig.end)):
            prev.value += fig.value / 100  # "15 Dollar 50." - the cents, unit written once
            prev.half, prev.end = 0.005, fig.end
            continue
        out.append(fig)
    return out


#: An indefinite article is the numerator one only before denominators from here on
#: ("un ventunesimo" = 1/21), never before "un troisième mandat", "a fourth term".
ARTICLE_NUMERATOR_MIN = 11


def _takes_numerator(num: float, den: float, ordinal: str, g: _Grammar) -> bool:
    """Whether 'num ordinal' is a fraction: plural ordinals are; a singular one only for one,
    or a smaller numerator over a small denominator ("trois cinquième"). "the two millionth
    visitor", "vingt-cinquième", "due centesimo" are ranks."""
    if not g.ordinal_plural_endings or ordinal.lower().endswith(g.ordinal_plural_endings):
        return True
    return num == 1 or (den < 10 and num < den)


def _ordinal_value(m: re.Match[str], stem: str, g: _Grammar) -> float | None:
    if m.group("den"):
        return g.ordinal_dens.get(_key(m.group("den")))
    for ending in g.ordinal_endings.get(m.group("suf").lower(), ("",)):
        word = stem + ending
        value = _words_value(word, g)
        if value is None:
            kind, number = g.words.get(_key(word), ("", None))
            if kind == "article":
                value = 1.0  # "vingt et unième"
            elif kind == "scale":
                value = float(number)  # "trillionth", "millonésima"
        if value:
            return value
    return None


def _apply_ordinals(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'tre ventunesimi', 'un vingt-cinquième', 'vinte e dois trinta avos': over an ordinal.

    An ordinal is a denominator only with a numerator right before it (a figure, or an article
    for large denominators); otherwise it is a rank ("il ventunesimo secolo") and not returned.
    """
    ordinals: list[tuple[int, int, float, bool]] = []  # start, end, denominator, plural
    if g.ordinal_re is not None:
        spans = _Spans((f.start, f.end) for f in figs)
        for m in g.ordinal_re.finditer(text):
            start = m.start()
            if m.group("den") is None:
                while start and (text[start - 1].isalpha()):
                    start -= 1  # back to the word start: the stem before the suffix
            if spans.overlaps(start, m.end()):
                continue
            if _key(text[start:m.end()]) in g.currency:
                continue  # "34 centesimi", "50 centavos": coins, not hundredths
            value = _ordinal_value(m, text[start:m.start()], g)
            if value:
                ordinals.append((start, m.end(), value, False))
    if g.ordinal_marker_re is not None:  # "vinte e um avos": the figure is the denominator
        for fig in figs:
            m = g.ordinal_marker_re.match(text, fig.end)
            if m and fig.kind == "number" and _whole(fig.value) and fig.value > 1:
                ordinals.append((fig.start, m.end(), fig.value, True))
    if not ordinals:
        return figs
    ordinals.sort()
    out = [f for f in figs]
    for start, end, den, plural in ordinals:
        before = [f for f in out if f.end <= start]
        tens, small = None, den
        if (den < 10 and before and before[-1].source == "words" and before[-1].kind == "number"
                and g.ordinal_join_re is not None):
            tens = before[-1]  # "vingt-cinquième", "twenty-fifth": tens + a small ordinal
            if (10 <= tens.value < 100 and tens.value % 10 == 0
                    and g.ordinal_join_re.fullmatch(text, tens.end, start)):
                small, den, start = den, den + tens.value, tens.start
                before = before[:-1]
            else:
                tens = None
        if den <= 1:
            continue
        num = before[-1] if before else None
        inside = [f for f in out if start <= f.start and f.end <= end]
        if (num is not None and num.kind == "number" and num.value > 0 and not num.hedge
                and not text[num.end:start].strip()
                and (plural or _takes_numerator(num.value, den, text[start:end], g))):
            split = _split_whole(text, num, den, g) if num.source == "words" else None
            if split is not None:
                fraction = _Fig(num.start, end, split[0] + split[1], 0.0, "words")
            else:
                top, bottom = _tens_inside(text, num, den, g) if num.source == "words" else (
                    num.value, den)
                fraction = _Fig(num.start, end, top / bottom, 0.0, "fraction", kind="fraction")
            drop = [num] + inside
        else:
            head = text[max(0, start - 12):start]
            m = g.article_one_re.search(head) if g.article_one_re else None
            tail_ok = g.ordinal_tail_re is not None and (
                g.ordinal_tail_re.match(text, end) or g.percent_re.match(text, end))
            if not m or den < ARTICLE_NUMERATOR_MIN or not tail_ok:
                if tens is not None and not (
                        small > 1 and _takes_numerator(tens.value, small, text[tens.end:end], g)):
                    out = [f for f in out if f is not tens]  # "the twenty-first century"
                continue  # "un ventunesimo secolo", "a twenty-first century": a rank
            fraction = _Fig(start - (len(head) - m.start()), end, 1 / den, 0.0, "fraction",
                            kind="fraction")
            drop = inside
        out = [f for f in out if not any(f is d for d in drop)] + [fraction]
        out.sort(key=lambda f: (f.start, -f.end))
    return out


def _apply_denominators(text: str, figs: list[_Fig], g: _Grammar) -> None:
    """'tres quintos', 'three fifths', 'zwei Drittel': a spelled numerator over a denominator."""
    for fig in figs:
        if fig.source != "words" or fig.kind != "number" or fig.value <= 0:
            continue
        m = g.denominator_re.match(text, fig.end)
        den = g.denominators.get(_key(m.group("d"))) if m else None
        if m and den and not _takes_numerator(fig.value, den, m.group("d"), g):
            continue  # "vingt-cinquième": a rank, not twenty fifths
        if den:
            fig.value, den = _tens_inside(text, fig, den, g)
            split = _split_whole(text, fig, den, g)
            if split is not None:  # "twenty and three fifths" = 20.6, not 23/5
                fig.value = split[0] + split[1]
                fig.kind, fig.half, fig.end, fig.scale = "number", 0.0, m.end(), 1.0
                continue
            fig.value /= den
            fig.kind, fig.source, fig.half, fig.end, fig.scale = "fraction", "fraction", 0.0, \
                m.end(), 1.0


def _tens_inside(text: str, fig: _Fig, den: float, g: _Grammar) -> tuple[float, float]:
    """(numerator, denominator): "one hundred thirty-fifths" is 100/35 where a language writes
    compound ordinals apart ("twenty-fifth"); a lone "twenty fifths" stays 20/5."""
    if den < 10 and g.ordinal_join_re is not None:
        head_end = text.rfind("-", fig.start, fig.end)
        if g.ordinal_compound_spaced:  # English also writes "one hundred thirty fifths"
            head_end = max(head_end, text.rfind(" ", fig.start, fig.end))
        tens = _words_value(text[head_end + 1:fig.end], g) if head_end > fig.start else None
        head = _words_value(text[fig.start:head_end].rstrip(" -"), g) if tens else None
        if tens and head and 20 <= tens < 100 and tens % 10 == 0:
            return head, den + tens
    return fig.value, den


def _split_whole(text: str, fig: _Fig, den: float, g: _Grammar) -> tuple[float, float] | None:
    """(whole, fraction) when a spelled figure before a denominator is 'whole AND numerator'.

    Only where the language does not write plain numbers with that glue (en "and", it "e");
    Spanish "ciento treinta y dos quintos" stays 132/5. The numerator must be at least two and
    below the denominator ("one hundred and twenty fifths" stays 120/5). The fraction counts in
    the scale the whole ends on ("two million and three fifths" = 2.6 million).
    """
    if g.whole_glue_re is None:
        return None
    glues = list(g.whole_glue_re.finditer(text, fig.start, fig.end))
    if not glues:
        return None
    glue = glues[-1]
    head = text[fig.start:glue.start()]
    wholes = _words_to_numbers(head, 0, g) if g.run_re.fullmatch(head) else []
    part = _words_value(text[glue.end():fig.end], g)
    if (len(wholes) == 1 and wholes[0][1] == len(head) and part and 2 <= part < den
            and _whole(part)):
        return wholes[0][2], part / den * wholes[0][3]
    return None


def _merge_whole_and_fraction(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'cinco con un cuarto', 'five and a quarter', '2 1/4': a whole number plus a fraction."""
    out: list[_Fig] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prev is not None and fig.kind == "fraction" and prev.kind == "number"
                and _whole(prev.value) and fig.value < 1
                and (g.joiner_re.fullmatch(text, prev.end, fig.start)
                     or (prev.source == "digits" and fig.source == "fraction"
                         and text[fig.start:fig.end].count("/") == 1
                         and text[prev.end:fig.start].isspace()))):
            part = fig.value * prev.scale  # "cinq milliards et trois quarts"
            prev.value += part if prev.value >= 0 else -part
            prev.half, prev.end = 0.0, fig.end
            continue
        out.append(fig)
    return out


def _merge_spelled_decimals(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'dos coma cinco', 'two hundred point zero three': integer, decimal word, spelled digits.

    After the decimal word either one number is the decimals ("punto ventinove" = .29) or a
    sequence of single digits is read digit by digit ("point zero three" = .03).
    """
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        fig = figs[i]
        prev = out[-1] if out else None
        if (prev is not None and prev.source == fig.source == "words" and prev.kind == "number"
                and fig.kind == "number" and _whole(fig.value) and fig.value >= 0
                and g.decimal_word_re.fullmatch(text, prev.end, fig.start)):
            scale = fig.scale if fig.scale > 1 and prev.scale == 1 else 1.0
            digits, end, j = str(int(round(fig.value / scale))), fig.end, i + 1
            if fig.value < 10:
                while (j < len(figs) and figs[j].source == "words" and figs[j].kind == "number"
                       and figs[j].value in range(10) and not text[end:figs[j].start].strip()):
                    digits += str(int(figs[j].value))
                    end, j = figs[j].end, j + 1
            prev.value += (int(digits) / 10 ** len(digits)) * (1 if prev.value >= 0 else -1)
            prev.half = 0.5 * 10 ** -len(digits)
            prev.end = end
            if scale > 1:  # "two point five billion": the scale closes the whole figure
                prev.value, prev.half, prev.scale = prev.value * scale, prev.half * scale, scale
            i = j
            continue
        out.append(fig)
        i += 1
    return out


def _scan_vague(text: str, g: _Grammar, figs: list[_Fig]) -> list[_Fig]:
    """'dozens of', 'centinaia di milioni': a plural quantifier is a floor, never an exact figure.

    It commits to at least two of its unit (dozens -> 24, hundreds of millions -> 2e8), so it is
    returned as hedge "at_least" with ``vague`` set; after a figure ("tres docenas") it is a
    multiplier and is left to the figure.
    """
    if g.vague_re is None or g.vague_more_re is None:
        return []
    out = []
    spans = _Spans((f.start, f.end) for f in figs)
    covered = -1  # the end of the last floor: a match inside it is part of it, not read again
    for m in g.vague_re.finditer(text):
        start, end = m.span()
        if start < covered or spans.overlaps(start, end):
            continue
        if spans.ends_within(_blank_before(text, start), start):
            continue  # "3 dozens", "tres docenas": a multiplier of the figure before
        value = 2 * g.vague[_key(m.group())]
        while (more := g.vague_more_re.match(text, end)) is not None:
            word = _key(more.group("s"))
            unit = g.vague.get(word) or float((g.scales.get(word) or {}).get("value", 0))
            if unit <= 1 or not _sane(value * unit):
                break
            value *= unit
            end = more.end()
        covered = end
        out.append(_Fig(start, end, value, 0.0, "words", hedge="at_least", vague=True,
                        scale=value))
    return out


def _apply_negatives(text: str, figs: list[_Fig], g: _Grammar) -> None:
    """'minus five', 'menos 5', and a lone leading '- 5' in tokenised text: a negative figure."""
    spans = _Spans((f.start, f.end) for f in figs)  # ends do not move below
    lead = len(text) - len(text.lstrip())  # the first character that is not a space
    for fig in figs:
        if fig.value <= 0 or fig.vague or fig.unit_before or fig.kind == "age":
            continue
        if lead < fig.start and text[lead] in "-−" and _blank_before(text, fig.start) == lead + 1:
            fig.value, fig.start = -fig.value, lead  # the text is "-", then the figure
            continue
        if g.negative_re is None:
            continue
        head = text[max(0, fig.start - 24):fig.start]
        m = g.negative_re.search(head)
        if not m or g.hedge_re.search(head):  # "al menos 5", "au moins 5": a hedge
            continue
        word_start = fig.start - (len(head) - m.start())
        if spans.ends_within(_blank_before(text, word_start), word_start):
            continue  # "5 meno 10", "cinco menos cuarto": a difference or a time of day
        fig.value = -fig.value
        fig.start = word_start


def _merge_digit_compounds(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'4 thousand 3 hundred and 21', '1 million 200 thousand': digits with spelled scales
    that continue one another. A bare figure joins only after a hundred or a thousand and the
    glue word ("3 hundred and 21"), so "3 billion 2 years ago" and "14.3 billion and 2
    subsidiaries" stay two figures."""
    out: list[_Fig] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "number" and prev.source == fig.source == "digits"
                and prev.scale == 1000 and prev.value % 1000 == 0 and prev.value < 1e6
                and fig.scale >= 1e6 and not fig.hedge and not text[prev.end:fig.start].strip()
                and _whole(fig.value / fig.scale) and fig.value / fig.scale < 1000):
            # "4 mil 500 millones" (Mexican style): 4,500 millions, not 4,000 and 500 million
            fig.value = (prev.value + fig.value / fig.scale) * fig.scale
            fig.start, fig.hedge = prev.start, prev.hedge
            out[-1] = fig
            continue
        if (prev is not None and prev.kind == fig.kind == "number" and prev.scale > 1
                and prev.source in ("digits", "words") and not prev.hedge and not fig.hedge
                and 0 <= fig.value < prev.scale and _whole(fig.value)
                and ((fig.scale > 1 and not text[prev.end:fig.start].strip()
                      and prev.source == "digits")
                     or (g.whole_glue_re is not None and fig.scale == 1 and fig.value > 0
                         and prev.scale <= 1000 and prev.value % prev.scale == 0
                         and g.whole_glue_re.fullmatch(text, prev.end, fig.start)))):
            prev.value += fig.value
            prev.half, prev.end, prev.scale = fig.half, fig.end, min(prev.scale, fig.scale or 1)
            continue
        out.append(fig)
    return out


def _apply_percent_before(text: str, figs: list[_Fig], g: _Grammar) -> None:
    """'Percent of 10.', 'pourcentage de vingt': a percent phrase opening a clause, with the
    figure closing it. Anywhere else ("a small percent of 500 voters") it is no percent."""
    if g.percent_before_re is None:
        return
    for fig in figs:
        if fig.kind != "number" or fig.hedge or not _CURRENCY_BEFORE_END_RE.match(text, fig.end):
            continue
        window = max(0, fig.start - 40)
        m = g.percent_before_re.search(text, window, fig.start)
        if m and (m.group("p") or window == 0):
            fig.kind, fig.unit = "percent", "%"
            fig.start = m.start() if not m.group("p") else m.end("p")
            while fig.start < len(text) and text[fig.start].isspace():
                fig.start += 1


def _merge_infix_fractions(text: str, figs: list[_Fig], g: _Grammar) -> list[_Fig]:
    """'uno su tre', '1 sobre 3', 'one out of three': numerator over a larger denominator.

    Ambiguous infixes ("over", "in": "2 over 10 years") count only when the denominator closes
    the clause ("one over three.").
    """
    if g.infix_re is None and g.infix_final_re is None:
        return figs
    out: list[_Fig] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (g.infix_one_re is not None and fig.kind in ("number", "percent") and fig.scale == 1
                and _whole(fig.value) and fig.value > 1 and not fig.hedge
                and not _year_like(fig)):
            head = text[max(0, fig.start - 24):fig.start]
            m = g.infix_one_re.search(head)
            start = fig.start - (len(head) - m.start()) if m else -1
            if m and (prev is None or prev.end <= start):
                # "un sur trois", "um sobre três": the article is the numerator one
                kind = "fraction" if fig.kind == "number" else fig.kind
                out.append(_Fig(start, fig.end, 1 / fig.value, 0.0, "fraction", kind=kind,
                                unit=fig.unit))
                continue
        if (prev is not None and prev.kind == "number" and fig.kind in ("number", "percent")
                and prev.scale == fig.scale == 1 and not prev.hedge and not fig.hedge
                and _whole(prev.value) and _whole(fig.value)
                and 0 < abs(prev.value) < fig.value and not _year_like(fig)
                and ((g.infix_re is not None and g.infix_re.fullmatch(text, prev.end, fig.start))
                     or (g.infix_final_re is not None
                         and g.infix_final_re.fullmatch(text, prev.end, fig.start)
                         and _CURRENCY_BEFORE_END_RE.match(text, fig.end)))):
            kind = "fraction" if fig.kind == "number" else fig.kind
            out[-1] = _Fig(prev.start, fig.end, prev.value / fig.value, 0.0, "fraction",
                           kind=kind, unit=fig.unit)
            continue
        out.append(fig)
    return out


def _drop_conversions(text: str, figs: list[_Fig]) -> list[_Fig]:
    """'$2.5 billion (£1.9 billion)' is one claim: the bracketed conversion is not returned."""
    out: list[_Fig] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == fig.kind == "money"
                and re.fullmatch(r"\s*[(\[]\s*", text[prev.end:fig.start])):
            continue
        out.append(fig)
    return out


# --------------------------------------------------------------------------------------------
# Assembly


def _masked_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DATE_RE.finditer(text)]
    if "/" in text or "@" in text or "www" in text:
        spans += [m.span() for m in _URL_RE.finditer(text)]
    for m in _PHONE_RE.finditer(text):
        spans.append(m.span())
    return spans


def decimal_convention(text: str, lang: str) -> str | None:
    """The decimal mark a whole text shows, when it is not its language's: "." for a text in a
    comma language whose figures have decimals after a point ("12.5%") and none after a comma
    or three digits after a point ("1,2", "4.318"), so its "4,318" is thousands. None when the
    text agrees with its language or shows nothing either way."""
    if _grammar(lang).decimal != ",":
        return None
    if _POINT_DECIMALS_RE.search(text) is None:
        return None
    if _COMMA_DECIMALS_RE.search(text) or _POINT_THOUSANDS_RE.search(text):
        return None
    return "."


def _with_decimal(lang: str, decimal: str | None) -> _Grammar:
    g = _grammar(lang)
    return g if decimal is None or decimal == g.decimal else _grammar_with_decimal(lang, decimal)


@cache
def _grammar_with_decimal(lang: str, decimal: str) -> _Grammar:
    return dataclasses.replace(_grammar(lang), decimal=decimal)


def _quantities(text: str, lang: str, decimal: str | None = None) -> list[Quantity]:
    if not text:
        return []
    g = _with_decimal(lang, decimal)
    has_digits = _ANY_DIGIT_RE.search(text) is not None
    masked = _masked_spans(text) if has_digits else []
    masks = _Spans(masked)
    fractions = [f for f in _scan_fractions(text, g) if not masks.overlaps(f.start, f.end)]
    digits = _scan_digits(text, g, masked) if has_digits else []
    if fractions and digits:
        taken_by_fractions = _Spans((f.start, f.end) for f in fractions)
        digits = [d for d in digits if not taken_by_fractions.overlaps(d.start, d.end)]
    ages = _scan_age_words(text, g)
    taken = [(f.start, f.end) for f in digits + fractions + ages]
    taken += [m.span() for m in g.unit_phrase_re.finditer(text)]  # "cent" in "pour cent"
    for fig in digits:  # "34 cents" is money, not 34 and a hundred
        m = _currency_after(text, fig.end, g)
        if m and m.group("cur")[:1].isalpha():
            taken.append(m.span("cur"))
    words = _scan_words(text, g, taken)
    found = digits + fractions + ages + words
    found += _scan_vague(text, g, found)
    figs = sorted(found, key=lambda f: (f.start, -f.end))
    figs = _apply_ordinals(text, figs, g)
    _apply_denominators(text, figs, g)
    figs = _merge_whole_and_fraction(text, _non_overlapping(figs), g)
    figs = _merge_spelled_decimals(text, figs, g)
    taken_until = 0
    for fig in figs:
        if fig.kind in ("number", "fraction"):
            _attach_units(text, fig, g, taken_until)
        taken_until = max(taken_until, fig.end)
        if fig.needs_currency and fig.kind != "money" and fig.unscaled:
            fig.end, fig.value, fig.half = fig.unscaled
            fig.scale, fig.glued = 1.0, True
        _attach_age(text, fig, g)
    figs = [f for f in figs if not f.glued]
    figs = _merge_compound_money(text, _non_overlapping(figs), g)
    figs = _merge_digit_compounds(text, figs, g)
    _apply_negatives(text, figs, g)
    _apply_percent_before(text, figs, g)
    figs = _merge_infix_fractions(text, figs, g)
    figs = _merge_ranges(text, figs, g)
    for fig in figs:
        _attach_hedge(text, fig, g)
        if fig.collective and not fig.hedge:
            fig.hedge = "about"
    figs = _non_overlapping(_drop_conversions(text, figs))
    quantities = [_to_quantity(text, f) for f in figs]
    return [q for q in quantities
            if all(x is None or math.isfinite(x) for x in (q.value, q.low, q.high))]


def _non_overlapping(figs: list[_Fig]) -> list[_Fig]:
    out: list[_Fig] = []
    for fig in sorted(figs, key=lambda f: (f.start, -(f.end - f.start))):
        if out and fig.start < out[-1].end:
            if fig.end - fig.start > out[-1].end - out[-1].start and fig.start == out[-1].start:
                out[-1] = fig
            continue
        out.append(fig)
    return out


def _interval(fig: _Fig) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_exclusive, high_exclusive) by the rules in the module docstring."""
    v, half = fig.value, fig.half
    if fig.hedge is None and _exact_count(fig):
        half = 0.0
    half = min(half, max(PERCENT_UNIT_HALF, PERCENT_HALF_UNIT_CAP * abs(v))
               if fig.kind == "percent" else HALF_UNIT_CAP * abs(v))
    delta = max((COLLECTIVE_RELATIVE if fig.collective else ABOUT_RELATIVE) * abs(v), half)
    if fig.kind == "percent" and fig.hedge == "about":
        delta = min(delta, max(half, PERCENT_ABOUT_POINTS))
    hedge = fig.hedge
    if hedge == "range":
        return v, fig.high, False, False
    if hedge == "over":
        return v, None, True, False
    if hedge == "at_least":
        return v, None, False, False
    if hedge == "almost":
        return v - delta, v, False, True
    if hedge == "about":
        return v - delta, v + delta, False, False
    if hedge == "up_to":
        return min(0.0, v), v, False, False
    if hedge == "under":
        return min(0.0, v), v, False, True
    if fig.kind == "percent" and fig.half == 0.5 and v >= TRUNCATED_PERCENT_FLOOR:
        # "22 % des voix" for 22.56 %: a share written to the unit is as often cut as rounded
        return v - half, v + 2 * half, False, True
    if _scaled_decimals(fig) and half == fig.half:
        # "2,83 milliards" for 2.838 billion: decimals of a scale word are cut as often as rounded
        return v - half, v + 2 * half, False, True
    # A figure rounded to its last digit stands for [v - half, v + half): touching neighbours
    # ("14" and "15 million") do not overlap, as a rounding interval does not.
    return v - half, v + half, False, half > 0


def _scaled_decimals(fig: _Fig) -> bool:
    """"2.83 billion", "41,7 Mrd.": decimals before a scale word, as often a release's longer
    figure cut ("2,838" as "2,83", "41.76" as "41.7") as rounded."""
    return fig.scale > 1 and fig.unscaled is not None and fig.unscaled[2] < 0.5


def _whole(value: float) -> bool:
    """A finite whole number (an overflowed figure is infinite: never whole, never a crash)."""
    return math.isfinite(value) and float(value).is_integer()


def _exact_count(fig: _Fig) -> bool:
    """A count written as a bare integer in digits, with no scale word ("182 passengers", "1,400
    employees"), or spelled below a hundred ("once fallecidos", "nine dead"): it says exactly
    that many. Scaled amounts ("14 billion") and spelled hundreds keep their precision."""
    spelled = fig.source == "words" and fig.value < SPELLED_EXACT_BELOW
    return (fig.kind == "number" and (fig.source == "digits" or spelled) and fig.scale == 1
            and not fig.vague and not fig.collective and math.isfinite(fig.value)
            and float(fig.value).is_integer() and not _round_thousands(fig.value))


def _round_thousands(value: float) -> bool:
    """"35,000 jobs": a figure in round thousands is rounded as written, not exact — "more
    than 35,000" and "35,000" agree."""
    return value >= 1000 and value % 1000 == 0


def _year_like(fig: _Fig, ignore_hedge: bool = False) -> bool:
    return (fig.source == "digits" and fig.plain_int and fig.scale == 1 and fig.kind == "number"
            and YEAR_LIKE[0] <= fig.value <= YEAR_LIKE[1] and _whole(fig.value)
            and (ignore_hedge or fig.hedge is None))


def _rule(fig: _Fig) -> str:
    if fig.hedge == "range":
        return f"range.{fig.kind}.v1"
    if fig.vague:
        return f"{fig.kind}.vague_plural.v1"
    if fig.kind == "money":
        return "money.scale.v1" if fig.scale != 1 else "money.v1"
    if fig.kind in ("percent", "percentage_points", "age", "fraction"):
        return f"{fig.kind}.{fig.source}.v1"
    if _year_like(fig, ignore_hedge=True):
        return "number.year_like.v1"
    if fig.scale != 1:
        return "number.scale.v1"
    return f"number.{fig.source}.v1"


def _tidy(x: float | None) -> float | None:
    """Drop binary noise (16.4 * 1e6 = 16399999.999999998) so equal writings compare equal."""
    return None if x is None else float(f"{x:.12g}")


def _sane(x: float) -> bool:
    """A finite figure within ``MAX_FIGURE``: scales and sums of such figures stay finite."""
    return not isinstance(x, complex) and math.isfinite(x) and abs(x) <= MAX_FIGURE


def _to_quantity(text: str, fig: _Fig) -> Quantity:
    low, high, low_ex, high_ex = _interval(fig)
    return Quantity(
        value=_tidy(fig.value),
        low=_tidy(low),
        high=_tidy(high),
        unit=fig.unit,
        approximate=fig.hedge in _APPROXIMATE_HEDGES or fig.vague,
        start=fig.start,
        end=fig.end,
        text=text[fig.start:fig.end],
        kind=fig.kind,
        hedge=fig.hedge,
        rule=_rule(fig),
        low_exclusive=low_ex,
        high_exclusive=high_ex,
    )
