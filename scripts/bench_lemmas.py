"""Measure the two lemma sources on the development set: coverage and speed.

Coverage: share of alphabetic tokens the source knows (its table holds the word or its
lowercase form). Speed: tokens lemmatized per second, dictionaries loaded, no cache of our
own. Prints one row per language and source; used to choose how triggers match by lemma (see
claimcheck/lemmas.py).
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "es", "pt", "fr", "de", "it")


def corpus_tokens(folders: list[Path]) -> dict[str, list[str]]:
    from claimcheck.evaluate import split_front_matter

    tokens: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        for path in sorted(folder.glob("*.md")):
            meta, body = split_front_matter(path.read_text(encoding="utf-8"))
            lang = meta.get("language")
            if lang in LANGS:
                tokens[lang].extend(t.text for t in spacy.blank(lang).make_doc(body)
                                    if t.is_alpha)
    return tokens


def main() -> None:
    import simplemma
    from spacy.lookups import load_lookups

    folders = [p for p in sorted((ROOT / "corpora" / "real").iterdir()) if p.is_dir()]
    if len(sys.argv) > 1:
        folders = [Path(a) for a in sys.argv[1:]]
    tokens = corpus_tokens(folders)
    print(f"{'lang':5} {'tokens':>7} {'source':20} {'known':>6} {'changed':>8} {'tok/s':>10}")
    for lang in LANGS:
        words = tokens.get(lang, [])
        if not words:
            continue
        table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        start = time.perf_counter()
        known = changed = 0
        for word in words:
            lemma = table.get(word, table.get(word.lower()))
            if isinstance(lemma, list):
                lemma = lemma[0] if lemma else None
            if lemma is not None:
                known += 1
                changed += lemma.lower() != word.lower()
        spent = time.perf_counter() - start
        print(f"{lang:5} {len(words):7} {'spacy-lookups-data':20} {known / len(words):6.3f} "
              f"{changed / len(words):8.3f} {len(words) / spent:10.0f}")
        simplemma.lemmatize("x", lang=lang)  # load its dictionary outside the timing
        start = time.perf_counter()
        known = changed = 0
        for word in words:
            if simplemma.is_known(word, lang=lang) or simplemma.is_known(word.lower(), lang=lang):
                known += 1
            changed += simplemma.lemmatize(word, lang=lang).lower() != word.lower()
        spent = time.perf_counter() - start
        print(f"{lang:5} {len(words):7} {'simplemma':20} {known / len(words):6.3f} "
              f"{changed / len(words):8.3f} {len(words) / spent:10.0f}")


if __name__ == "__main__":
    main()
