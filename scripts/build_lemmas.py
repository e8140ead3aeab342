"""Write each language's lemma table (``claimcheck/lang/<code>/lemmas.json``).

claimcheck needs a word's lemma only to meet the words of its own language data (triggers, cues,
nouns): "licenciés" must meet "licencier". simplemma knows the lemmas of some 3.6 million forms
and holds them all in memory (350 MB and 2 s for six languages); the table keeps only the forms
whose lemma, or which themselves, are words of the data — a few thousand per language — so that a
run loads kilobytes. Rebuild it whenever a language's data changes (a test says when):

    python scripts/build_lemmas.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.lang import SUPPORTED, load  # noqa: E402
from claimcheck.lemmas import DATA_FILES, full_lemma  # noqa: E402

#: Data entries that are parts of words, not words: no lemma meets them.
NOT_WORDS = frozenset({"participle_endings", "participle_infix", "gerund_endings"})


def _strings(data: object):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key in NOT_WORDS:
                continue
            yield str(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def data_words(lang: str) -> set[str]:
    """Every word of the language's data, lowercased, as written and as lemmatized, alone and
    within its entry (an entry may be lemmatized whole: "ha captado")."""
    words: set[str] = set()
    for name in DATA_FILES:
        for entry in _strings(load(lang, name)):
            for form in {entry, *entry.split(), *re.findall(r"\w+", entry)}:
                form = form.lower()
                words.add(form)
                words.add(full_lemma(form, lang))
    return words


def table(lang: str) -> dict[str, str]:
    """Form -> lemma for every form simplemma knows whose lemma, or which itself, is a data word,
    where the lemma differs from the form."""
    wanted = data_words(lang)
    forms = {key.lower() for key in DefaultDictionaryFactory().get_dictionary(lang)}
    forms |= wanted
    found = {}
    for form in sorted(forms):
        lemma = full_lemma(form, lang)
        if (lemma in wanted or form in wanted) and lemma != form:
            found[form] = lemma
    return found


def main() -> None:
    for lang in SUPPORTED:
        path = ROOT / "claimcheck" / "lang" / lang / "lemmas.json"
        found = table(lang)
        path.write_text(json.dumps({"simplemma": simplemma.__version__, "lemmas": found},
                                   ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                        encoding="utf-8")
        print(f"{lang}: {len(found)} forms -> {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
