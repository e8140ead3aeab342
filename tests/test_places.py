"""The place lists (``claimcheck/lang/<code>/places.yaml``) share their keys across languages, so
"in France" and "in Frankreich" give a figure the same scope."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

LANG_DIR = Path(__file__).resolve().parent.parent / "claimcheck" / "lang"
LANGS = ("en", "es", "pt", "fr", "de", "it")
SECTIONS = ("places", "place_adverbs", "place_phrases")


def _load(lang: str) -> dict:
    with open(LANG_DIR / lang / "places.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


DATA = {lang: _load(lang) for lang in LANGS}


def test_every_language_has_the_same_place_keys():
    keys = {lang: set(data["places"]) for lang, data in DATA.items()}
    for lang in LANGS[1:]:
        assert keys[lang] == keys["en"], (
            f"{lang}: missing {sorted(keys['en'] - keys[lang])}, "
            f"extra {sorted(keys[lang] - keys['en'])}")


@pytest.mark.parametrize("lang", LANGS)
def test_entries_are_non_empty_strings(lang):
    data = DATA[lang]
    for section in SECTIONS:
        for key, entries in (data.get(section) or {}).items():
            assert isinstance(key, str), f"{lang} {section}: key {key!r} is not a string"
            assert isinstance(entries, list), f"{lang} {section}.{key}: not a list"
            for entry in entries:
                assert isinstance(entry, str) and entry.strip(), (
                    f"{lang} {section}.{key}: bad entry {entry!r}")
    worldwide = data["worldwide"]
    assert worldwide and all(isinstance(w, str) and w.strip() for w in worldwide), lang
    # Each place has a name in at least one language.
    for key in data["places"]:
        assert any(other["places"][key] for other in DATA.values()), f"{key}: no name anywhere"


@pytest.mark.parametrize("lang", LANGS)
def test_no_entry_belongs_to_two_keys(lang):
    """Within a language a name (compared case-insensitively) or scope word means one place."""
    data = DATA[lang]
    owner: dict[str, str] = {}
    clashes = []
    for section in SECTIONS:
        for key, entries in (data.get(section) or {}).items():
            for entry in entries:
                seen = owner.setdefault(entry.casefold(), key)
                if seen != key:
                    clashes.append(f"{entry!r}: {seen} and {key}")
    for word in data["worldwide"]:
        if word.casefold() in owner:
            clashes.append(f"{word!r}: worldwide and {owner[word.casefold()]}")
    assert not clashes, f"{lang}: " + "; ".join(clashes)


@pytest.mark.parametrize("lang", LANGS)
def test_scope_words_are_lowercase_and_name_known_places(lang):
    data = DATA[lang]
    for section in ("place_adverbs", "place_phrases"):
        for key, entries in (data.get(section) or {}).items():
            assert key in data["places"], f"{lang} {section}: unknown place key {key!r}"
            assert all(entry == entry.lower() for entry in entries), f"{lang} {section}.{key}"
    assert all(word == word.lower() for word in data["worldwide"]), lang


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("un incendio in un bar a Belmar-Montana", "it", []),
    ("nel bar di Montana-Norvik", "it", []),
    ("in Montana", "en", ["Montana"]),
    ("in Bosnien-Herzegowina", "de", ["Bosnien-Herzegowina"]),
])
def test_a_place_name_inside_a_hyphenated_name_is_no_place(text, lang, expected):
    from claimcheck.places import gazetteer

    assert [m.group(0) for m in gazetteer(lang).pattern.finditer(text)] == expected


@pytest.mark.parametrize(("name", "key"), [
    ("Seychelles", "SC"), ("Seychellen", "SC"), ("Seicheles", "SC"), ("Gabun", "GA"),
    ("île Maurice", "MU"), ("Simbabwe", "ZW"), ("Camboya", "KH"),
    # a country's name that is also a first name or a town is no place
    ("Maurice", None), ("Mauricio", None), ("Congo", None),
])
def test_every_country_is_a_place_in_every_language_unless_its_name_is_a_persons(name, key):
    from claimcheck.places import place_key

    assert place_key(name) == key
