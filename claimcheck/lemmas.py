"""Lemmas without a trained model, so that trigger words match in every inflection.

``simplemma`` was chosen over spaCy's lookup tables (``spacy-lookups-data``) after measuring both
on the development set (``scripts/bench_lemmas.py``): it knows 0.88–0.97 of the tokens against
0.26–0.43 for the tables, keeps nouns as nouns where the tables turn them into verbs ("multas" →
"multar", "amendes" → "amender", "salariés" → "salarier"), and ships 19 MB against 98 MB. It is
slower per call (about 400k tokens/s against 1M), which the per-word cache below makes moot:
news text repeats its words.
"""

from __future__ import annotations

from functools import lru_cache

import simplemma

#: Languages simplemma is asked about; any other gets the lowercased word back.
LANGUAGES = frozenset({"en", "es", "pt", "fr", "de", "it"})


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lowercased lemma of ``word``; the lowercased word itself when it has no letters or
    the language is not supported."""
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
