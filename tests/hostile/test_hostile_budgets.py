"""Bounded work per input: each budget of ``claimcheck.budgets`` holds, on an input built here.

The inputs are the ones that crashed, hung or exhausted memory before: a line over spaCy's
1,000,000 characters, thousands of repeated claims in one slot, a run of 64,000 letters, a
figure of 400 digits. None of these tests times anything; each checks the behaviour that keeps
the work bounded (what is skipped, what is compared, what is refused).
"""

from __future__ import annotations

import json
import math

import pytest
from hostile_corpus import ARTICLE_A, ARTICLE_B, two_sources

from claimcheck import budgets, compare
from claimcheck.api import check
from claimcheck.budgets import MAX_LINE_CHARS, MAX_TEXT_CHARS, break_long_lines
from claimcheck.ingest import ingest
from claimcheck.normalize.quantities import quantities
from claimcheck.report import to_json


def test_a_line_over_the_tokenizer_limit_is_a_skip_reason_not_a_crash(tmp_path):
    two_sources(tmp_path / "c")
    (tmp_path / "c" / "long.txt").write_text("Norvane Robotics " * 70_000)  # 1.19 M characters
    report = check([tmp_path / "c"])
    [skipped] = report.skipped
    assert skipped.path.endswith("long.txt")
    assert f"over the budget of {MAX_TEXT_CHARS:,}" in skipped.reason
    assert len(report.documents) == 2 and report.conflicts


def test_long_lines_are_broken_for_extraction_and_the_document_keeps_its_text(tmp_path):
    two_sources(tmp_path / "c")
    sentence = "Norvane Robotics opened a plant in Ohio last spring with great fanfare. "
    one_line = ARTICLE_A.replace("\n", " ") + sentence * 600  # one line of about 45,000 chars
    (tmp_path / "c" / "a.md").write_text(one_line, encoding="utf-8")
    report = check([tmp_path / "c"])
    [document] = [d for d in report.documents if d.id == "a"]
    assert document.text == one_line  # the report keeps the text as written
    assert any(c.document == "a" and c.attribute == "revenue" for c in report.claims)
    for claim in report.claims:  # every claim still points into the text as written
        text = next(d.text for d in report.documents if d.id == claim.document)
        assert text[claim.start:claim.end] == claim.sentence


@pytest.mark.parametrize("text", [
    "word " * 5_000, "x" * 25_000, "One. Two! Three? " * 2_000, "a\n" + "b" * 30_001 + "\nc"])
def test_breaking_lines_keeps_every_offset(text):
    broken = break_long_lines(text, MAX_LINE_CHARS)
    assert len(broken) == len(text)
    assert all(len(line) <= MAX_LINE_CHARS for line in broken.split("\n"))
    changed = [i for i, (a, b) in enumerate(zip(text, broken, strict=True)) if a != b]
    assert all(broken[i] == "\n" for i in changed)


def test_a_document_over_the_claim_budget_is_skipped_with_its_count(tmp_path, monkeypatch):
    monkeypatch.setattr(budgets, "MAX_CLAIMS_PER_DOCUMENT", 5)
    two_sources(tmp_path / "c", a_body=ARTICLE_A * 4)
    report = check([tmp_path / "c"])
    [skipped] = report.skipped
    assert skipped.path.endswith("a.md")
    assert "claim candidates, over the budget of 5 per document" in skipped.reason
    assert [d.id for d in report.documents] == ["b"]


def test_repeated_claims_are_compared_once(tmp_path, monkeypatch):
    """400 copies of a line yield 800 claims; the comparison sees two of each, and reports the
    same conflict, citing every copy."""
    two_sources(tmp_path / "c", a_body=ARTICLE_A * 400)
    seen: list[int] = []
    original = compare.compare

    def counting(claims, documents):
        seen.append(len(claims))
        return original(claims, documents)

    monkeypatch.setattr(compare, "compare", counting)
    report = check([tmp_path / "c"])
    claims_of_a = [c for c in report.claims if c.document == "a"]
    assert len(claims_of_a) >= 800
    assert seen and max(seen) <= 2 * len({c.sentence for c in report.claims}) + 10
    [conflict] = [c for c in report.conflicts if c.attribute == "revenue"]
    cited = {claim_id for side in conflict.sides for claim_id in side.claims}
    revenue_of_a = {c.id for c in claims_of_a if c.attribute == "revenue"}
    assert revenue_of_a <= cited  # every copy is still evidence


def test_comparing_repeats_once_finds_what_comparing_all_finds(tmp_path):
    two_sources(tmp_path / "c", a_body=ARTICLE_A * 3 + ARTICLE_B)
    report = check([tmp_path / "c"])
    full = compare.compare(report.claims, report.documents)
    once = budgets.compare_repeats_once(report.claims, report.documents)

    def shape(conflicts):
        return [(c.id, c.kind, c.severity, c.explanation,
                 [(s.value, sorted(s.claims)) for s in c.sides]) for c in conflicts]

    assert shape(once) == shape(full)


@pytest.mark.parametrize("text", ["a" * 64_000, "one " * 16_000, "dozens " * 8_000,
                                  "- 5 " * 8_000, "1 " * 20_000])
def test_quantities_reads_long_runs_without_rescanning(text):
    found = quantities(text, "en")  # quadratic before: "a" * 64,000 took 24 s
    assert all(math.isfinite(q.value) for q in found)


def test_a_figure_too_large_for_a_float_is_refused_alone():
    sentence = "Revenue rose to $3 billion, and " + "9" * 400 + " units, and 12% more."
    found = quantities(sentence, "en")
    assert [q.text for q in found] == ["$3 billion", "12%"]
    assert all(math.isfinite(x) for q in found for x in (q.value, q.low or 0, q.high or 0))


@pytest.mark.parametrize("figure", ["9" * 309, "1e999", "0^-1", "9.9^999", "1" * 5000])
def test_no_figure_becomes_infinite(figure):
    assert all(math.isfinite(q.value) for q in quantities(f"sales of {figure} euros", "en"))


def test_the_json_report_is_strict_json(tmp_path):
    two_sources(tmp_path / "c", a_body=ARTICLE_A + "It sold " + "9" * 400 + " robots.\n")

    def refuse(constant: str) -> None:
        raise ValueError(constant)

    data = json.loads(to_json(check([tmp_path / "c"])), parse_constant=refuse)
    assert data["conflicts"]


def test_a_file_over_the_byte_budget_is_skipped_unread(tmp_path):
    two_sources(tmp_path / "c")
    with open(tmp_path / "c" / "big.txt", "wb") as handle:
        handle.truncate(budgets.MAX_FILE_BYTES + 1)  # sparse: nothing large is written
    documents, skipped = ingest([tmp_path / "c"])
    assert [s.reason for s in skipped] == ["larger than 5 MB (5.00 MB)"]
    assert len(documents) == 2


def test_a_sentence_of_nothing_but_figures_is_a_table_and_makes_no_claims():
    from claimcheck.budgets import MAX_FIGURES_PER_SENTENCE
    from claimcheck.extract import extract
    from claimcheck.model import Document

    table = "Revenue rose " + ", ".join(f"{n}%" for n in range(MAX_FIGURES_PER_SENTENCE + 5))
    text = f"{table}. Revenue rose 12% in 2025."
    analysis = extract(Document(id="t", path="t", text=text, language="en"))
    assert [m.value.text for m in analysis.mentions] == ["12%"]
    [skipped] = [u for u in analysis.unclaimed if u.reason.startswith("over budget")]
    assert skipped.sentence_start == 0
