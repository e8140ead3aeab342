"""Places: never the subject of a figure, and the scope of a figure written "in <place>".

"In France alone, 57,000 vehicles are affected" is not France's figure but a part of the story's
total, scoped to France; "318,000 cars in Europe" and "europaweit 317.000 Autos" share the scope
"europe". Names and their shared keys come from ``claimcheck/lang/<code>/places.yaml`` (ISO codes
for countries, English names for the rest), so a scope compares across languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.lang import SUPPORTED, load

#: Key of the scope "everywhere" ("worldwide", "weltweit", "en todo el mundo").
WORLD = "world"
#: Key of the scope "the continent" ("nel continente", "sur le continent"), named only so.
CONTINENT = "continent"
#: Tokens between a locative preposition and the place it introduces ("nella sola Francia").
PREPOSITION_REACH = 2


@dataclass(frozen=True, slots=True)
class Gazetteer:
    lang: str
    #: Place names as written -> key.
    names: dict[str, str]
    #: Case-sensitive pattern of every name, longest first.
    pattern: re.Pattern[str] | None
    #: Lowercased one-word or multi-word scope phrases ("europaweit", "territoire français").
    phrases: dict[str, str]
    phrase_pattern: re.Pattern[str] | None
    #: Words that introduce a place ("in", "nella", "en el").
    prepositions: frozenset[str]
    #: Words that leave a place out of the one before ("hors", "excluding"), as tuples of words.
    exclusions: tuple[tuple[str, ...], ...] = ()


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def gazetteer(lang: str) -> Gazetteer:
    data = load(lang, "places")
    names: dict[str, str] = {}
    for key, spellings in sorted((data.get("places") or {}).items()):
        for spelling in spellings or ():
            names.setdefault(str(spelling), str(key))
    phrases: dict[str, str] = {}
    for section in ("place_adverbs", "place_phrases"):
        for key, words in sorted((data.get(section) or {}).items()):
            for word in words or ():
                phrases.setdefault(str(word).lower(), str(key))
    for word in data.get("worldwide") or ():
        phrases.setdefault(str(word).lower(), WORLD)
    for word in data.get("continental") or ():
        phrases.setdefault(str(word).lower(), CONTINENT)
    prepositions = frozenset(load(lang, "claims").get("locative_prepositions") or ())
    return Gazetteer(
        lang=lang,
        names=names,
        # "Belmar-Montana", "Norvik-Lisboa": a name joined by a hyphen is part of another
        # name, never the place it spells alone
        pattern=(re.compile(rf"(?<![\w-])(?:{_alternation(names)})(?![\w]|-\w)") if names
                 else None),
        phrases=phrases,
        phrase_pattern=(re.compile(rf"(?<![\w])(?:{_alternation(phrases)})(?![\w])",
                                   re.IGNORECASE) if phrases else None),
        prepositions=prepositions,
        exclusions=tuple(tuple(str(w).lower().replace("'", "' ").split())
                         for w in data.get("place_exclusions") or ()),
    )


@cache
def _all_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in SUPPORTED:
        for name, key in gazetteer(lang).names.items():
            names.setdefault(name, key)
    return names


def place_key(name: str) -> str | None:
    """The key of a place name in any supported language ("Frankreich" -> "FR"), else None."""
    return _all_names().get(name)


def scopes(text: str, offset: int, tokens, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every place scope written in ``text`` (document offsets): a place
    name right after a locative preposition ("in Europe", "nella sola Francia", "en territorio
    francés" via a phrase) or a scope word ("europaweit", "worldwide")."""
    g = gazetteer(lang)
    found: list[tuple[int, int, str]] = []
    if g.phrase_pattern is not None:
        for match in g.phrase_pattern.finditer(text):
            found.append((offset + match.start(), offset + match.end(),
                          g.phrases[match.group(0).lower()]))
    if g.pattern is not None and g.prepositions:
        for match in g.pattern.finditer(text):
            start = offset + match.start()
            before = [word for s, e, word in tokens if e <= start][-(PREPOSITION_REACH + 1):]
            if any(word in g.prepositions for word in before):
                found.append((start, offset + match.end(), g.names[match.group(0)]))
    return with_exclusions(sorted(found), tokens, g)


def with_exclusions(found: list[tuple[int, int, str]], tokens,
                     g: Gazetteer) -> list[tuple[int, int, str]]:
    """"En Asie hors Japon", "Europe excluding France": a place right after an exclusion word
    is left out of the place before it, and the two are one scope ("asia-ex-JP") — never
    Japan's."""
    out: list[tuple[int, int, str]] = []
    for start, end, key in found:
        if out and g.exclusions:
            between = [w for s, e, w in tokens if out[-1][1] <= s and e <= start]
            if tuple(between) in g.exclusions:
                out[-1] = (out[-1][0], end, f"{out[-1][2]}-ex-{key}")
                continue
        out.append((start, end, key))
    return out


@cache
def _capitals() -> dict[str, str]:
    return {str(city): str(country)
            for city, country in (load("en", "places").get("capitals") or {}).items()}


def capital_country(key: str | None) -> str | None:
    """The country key of a capital's key ("berlin" -> "DE"): "Berlin holds 10%" is Germany's
    state, by metonymy. None for any other place."""
    return _capitals().get(key) if key else None
