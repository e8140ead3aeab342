"""Lemmas without a trained model, so that trigger words match in every inflection.

``simplemma`` was chosen over spaCy's lookup tables (``spacy-lookups-data``) after measuring both
on the development set (``scripts/bench_lemmas.py``): it knows 0.88–0.97 of the tokens against
0.26–0.43 for the tables, keeps nouns as nouns where the tables turn them into verbs ("multas" →
"multar", "amendes" → "amender", "salariés" → "salarier"), and ships 19 MB against 98 MB.

A run never loads simplemma itself: its dictionaries take 350 MB and 2 s for six languages, and
claimcheck needs a lemma only to meet the words of its own language data. Each language's
``lemmas.json`` (written by ``scripts/build_lemmas.py`` from simplemma, checked up to date by a
test) keeps the forms whose lemma, or which themselves, are words of the data — a few thousand;
any other word is its own lemma, which meets no data word either way. Pronouns glued to a verb
("hacerse", "mettersi") are taken off before the lookup, as simplemma does.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache, lru_cache
from importlib import resources

#: Languages with a lemma table; any other gets the lowercased word back.
LANGUAGES = frozenset({"en", "es", "pt", "fr", "de", "it"})
#: The language data files whose words the tables serve.
DATA_FILES = ("claims", "numbers", "periods")
#: Pronouns written onto a verb, longest first ("haciéndose", "ucciderla", "possederle").
_CLITICS = {
    "es": ("selos", "selas", "melo", "mela", "telo", "nos", "los", "las", "les", "se", "lo",
           "la", "le", "me", "te", "os"),
    "it": ("glielo", "gliela", "sene", "selo", "sela", "gli", "si", "lo", "la", "li", "le",
           "ne", "mi", "ti", "ci", "vi"),
    "pt": ("-lhes", "-lhe", "-los", "-las", "-nos", "-se", "-lo", "-la", "-me", "-te"),
}

#: What a verb ends with before a glued pronoun: an infinitive or a gerund ("hacer-se",
#: "haciendo-se", "metter-si").
_VERB_STEMS = ("ar", "er", "ir", "ando", "endo")


@cache
def _table(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """(form -> lemma, the set of lemmas) of one language."""
    resource = resources.files("claimcheck.lang").joinpath(lang, "lemmas.json")
    if not resource.is_file():
        return {}, frozenset()
    forms = json.loads(resource.read_text(encoding="utf-8"))["lemmas"]
    return forms, frozenset(forms.values())


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lowercased lemma of ``word``, as simplemma gives it for words of the language data;
    the lowercased word itself when it has no letters or the language is not supported."""
    lower = word.lower()
    if lang not in LANGUAGES or not any(ch.isalpha() for ch in lower):
        return lower
    forms, lemmas = _table(lang)
    found = forms.get(lower)
    if found is not None:
        return found
    for clitic in _CLITICS.get(lang, ()):
        if lower.endswith(clitic) and len(lower) > len(clitic) + 3:
            stem = lower[:-len(clitic)]
            if lang != "pt" and not fold(stem).endswith(_VERB_STEMS):
                continue  # "muerte", "fuerte": no verb before the pronoun
            # Italian drops an infinitive's final "e" before the pronoun ("metter-si")
            for candidate in (stem, fold(stem), *((stem + "e",) if lang == "it" else ())):
                if candidate in forms:
                    return forms[candidate]
                if candidate in lemmas:
                    return candidate
    return lower


def fold(word: str) -> str:
    """Lowercase, without accents: "Norvège" and "norvege", "haciéndo" and "haciendo" are one."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def full_lemma(word: str, lang: str) -> str:
    """simplemma's own lemma of the lowercased word (for building the tables, not for a run)."""
    import simplemma

    lower = word.lower()
    if lang not in LANGUAGES or not any(ch.isalpha() for ch in lower):
        return lower
    return simplemma.lemmatize(lower, lang=lang).lower()


def set_lemmas(doc, lang: str):
    """Write each token's lemma into a spaCy ``Doc`` (a blank pipeline has none) and return it,
    so a ``PhraseMatcher(attr="LEMMA")`` can match it."""
    for token in doc:
        token.lemma_ = lemma(token.text, lang)
    return doc
