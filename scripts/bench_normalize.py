"""Throughput of ``quantities()`` (or ``periods()``) on one core, in sentences per second.

Why: the normalizer runs on every sentence of every article, so it must stay cheap
(target >= 10,000 sentences/s). Sentences come from the example tables and the seed articles.

    python scripts/bench_normalize.py [--seeds ../shared/seeds] [--n 5000] [--repeat 3]
        [--function quantities|periods]

``--function periods`` reads each sentence against a fixed article date and also reports the
first (cold) pass, which includes the date parser's loading and fills its span cache.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimcheck.lang import SUPPORTED  # noqa: E402
from claimcheck.normalize.periods import periods  # noqa: E402
from claimcheck.normalize.quantities import quantities  # noqa: E402

#: The article date ``--function periods`` reads every sentence against.
REFERENCE = date(2025, 6, 15)


def corpus(seeds: Path, n: int, table_name: str = "quantities") -> list[tuple[str, str]]:
    """(sentence, language) pairs: seed-article sentences plus every example-table text."""
    pairs: list[tuple[str, str]] = []
    for lang in SUPPORTED:
        table = ROOT / "claimcheck" / "lang" / lang / "examples" / f"{table_name}.yaml"
        if table.is_file():
            data = yaml.safe_load(table.read_text(encoding="utf-8")) or {}
            for section in ("positive", "negative", "xfail"):
                pairs += [(c if isinstance(c, str) else c["text"], lang)
                          for c in data.get(section) or []]
    if seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            lang = _guess_lang(text)
            pairs += [(s, lang) for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s) > 20]
    if not pairs:
        pairs = [("Meta invested $14.3 billion in 2025.", "en")]
    return [pairs[i % len(pairs)] for i in range(n)]


def _guess_lang(text: str) -> str:
    """Cheap stop-word vote; the benchmark only needs a plausible grammar per article."""
    cues = {"en": " the ", "it": " della ", "fr": " les ", "de": " der ", "es": " los ",
            "pt": " não "}
    return max(cues, key=lambda lang: text.count(cues[lang]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--function", choices=("quantities", "periods"), default="quantities")
    args = ap.parse_args(argv)
    sentences = corpus(args.seeds, args.n, args.function)
    if args.function == "periods":
        def run(text: str, lang: str) -> list:
            return periods(text, lang, REFERENCE)
    else:
        run = quantities
    for lang in SUPPORTED:  # compile grammars outside the timing
        run("1", lang)
    best = float("inf")
    found = 0
    for attempt in range(args.repeat):
        t0 = time.perf_counter()
        found = sum(len(run(s, lang)) for s, lang in sentences)
        elapsed = time.perf_counter() - t0
        if attempt == 0 and args.function == "periods":
            print(f"first pass: {len(sentences) / elapsed:,.0f} sentences/second")
        best = min(best, elapsed)
    chars = sum(len(s) for s, _ in sentences) / len(sentences)
    print(f"{len(sentences)} sentences (mean {chars:.0f} chars), {found} {args.function}")
    print(f"{len(sentences) / best:,.0f} sentences/second (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
