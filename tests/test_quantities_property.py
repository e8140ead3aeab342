"""Properties of ``quantities`` that must hold on any input: it never raises, offsets are in
range and spans match, intervals contain the written value, output is sorted and disjoint."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.lang import SUPPORTED
from claimcheck.normalize.quantities import _quantities

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
_FRAGMENTS = [
    "$14.3 billion", "14,3 miliardi di dollari", "14,3 Mrd. USD", "fast 50 Prozent", "49%",
    "between 20 and 30", "tra 20 e 30", "1.400", "1,400.5", "1 400", "près de la moitié",
    "ventottenne", "28-year-old", "(£1.9 billion)", "+39 06 1234 5678", "Q3", "G7", "-", "–",
    "e", "and", "mil millones", "bilhões", "R$", "€", "%", " ", ",", ".", "(", ")", "0", "9",
]


def _seed_sentences() -> list[str]:
    sentences: list[str] = []
    if SEEDS.is_dir():
        for path in sorted(SEEDS.glob("*.txt"))[:5]:
            text = path.read_text(encoding="utf-8", errors="replace")
            sentences += [s for s in text.replace("\n", ". ").split(". ") if s.strip()][:40]
    return sentences or ["Meta invested $14.3 billion in 2025."]


_texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join),
    st.sampled_from(_seed_sentences()),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, lang=st.sampled_from(SUPPORTED))
def test_quantities_invariants(text: str, lang: str) -> None:
    found = _quantities(text, lang)  # the unguarded core: an exception here is a bug
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.rule
        if q.low is not None:
            assert q.low <= q.value
        if q.high is not None:
            assert q.value <= q.high
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
