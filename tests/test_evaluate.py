"""The scorer behind ``claimcheck eval`` and the soundness of every curated corpus.

Scoring is tested on small hand-built reports; every ``corpora/*/expected.yaml`` is checked
against its own articles (schema, documents exist, quotes are really in them).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from claimcheck.errors import DataError
from claimcheck.evaluate import (
    ARTICLE_SUFFIXES,
    LOSS_STAGES,
    Expected,
    ExpectedConflict,
    ExpectedGroup,
    ExpectedSide,
    check_corpus,
    claim_matches,
    corpus_texts,
    diagnose,
    evaluate,
    load_expected,
    normalize_text,
    split_front_matter,
)
from claimcheck.model import Claim, Conflict, Report, Side, Value

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
CORPUS_DIRS = sorted(path.parent for path in CORPORA.glob("*/expected.yaml"))
#: Real coverage (development and blind splits): checked for soundness like the written ones.
REAL_DIRS = sorted(path.parent for path in CORPORA.glob("*/*/expected.yaml"))
ARTICLE_KEYS = {"title", "source", "url", "published", "language"}
LANGUAGES = {"en", "it", "fr", "de", "es", "pt"}


# --------------------------------------------------------------------------- builders


def claim(claim_id: str, document: str, sentence: str, attribute: str = "revenue",
          value: str | None = None, offset: int = 0, **fields) -> Claim:
    """A claim whose value span is ``value`` in ``sentence`` (default: its first figure), with
    the sentence starting at document offset ``offset``."""
    if value is None:
        figure = re.search(r"\d[\d.,]*", sentence)
        value = figure.group(0) if figure else sentence
    at = sentence.index(value)
    fields.setdefault("subject", "Acme")
    return Claim(
        id=claim_id, document=document, attribute=attribute,
        value=Value(kind="money", text=value), period=fields.pop("period", None),
        modality=fields.pop("modality", "asserted"),
        sentence=sentence, start=offset, end=offset + len(sentence),
        value_start=offset + at, value_end=offset + at + len(value), **fields,
    )


def flag(flag_id: str, *sides: tuple[str, ...], attribute: str = "revenue",
         kind: str = "value_mismatch", evolving: bool = False) -> Conflict:
    return Conflict(
        id=flag_id, kind=kind, subject="Acme", attribute=attribute, period=None,
        severity="high", confidence=0.9, explanation="",
        sides=tuple(Side(value=f"side {i}", claims=ids) for i, ids in enumerate(sides)),
        evolving=evolving,
    )


CLAIMS = [
    claim("a1", "doc_a", "Revenue was $2.1bn in 2024, the company said."),
    claim("a2", "doc_a", "Sales reached   2,1 Mrd. USD last year."),
    claim("b1", "doc_b", "Acme booked revenue of $2.1 billion in 2023."),
    claim("c1", "doc_c", "It reported REVENUE OF $2.1 BILLION IN 2024."),
    claim("d1", "doc_d", "The stake is 49%."),
    claim("e1", "doc_e", "Almost 50 percent changed hands."),
]

PERIOD_CONFLICT = ExpectedConflict(
    name="revenue-period", kind="period_mismatch", attribute="revenue",
    sides=(
        ExpectedSide(documents=("doc_a", "doc_c"),
                     quotes=("$2.1bn in 2024", "revenue of $2.1 billion in 2024")),
        ExpectedSide(documents=("doc_b",), quotes=("$2.1 billion in 2023",)),
    ),
)
STAKE_AGREEMENT = ExpectedGroup(
    name="stake", attribute="stake", documents=("doc_d", "doc_e"),
    quotes=("49%", "almost 50 percent"),
)
REVENUE_TOLERATED = ExpectedGroup(
    name="either-way", attribute="revenue", documents=("doc_a", "doc_c"),
)


def expected(*, conflicts=(PERIOD_CONFLICT,), agreements=(STAKE_AGREEMENT,),
             tolerated=(REVENUE_TOLERATED,)) -> Expected:
    return Expected(story="test", conflicts=tuple(conflicts), agreements=tuple(agreements),
                    tolerated=tuple(tolerated))


def score_of(*flags: Conflict, exp: Expected | None = None):
    return evaluate(Report(claims=list(CLAIMS), conflicts=list(flags)), exp or expected())


# --------------------------------------------------------------------------- claim matching


@pytest.mark.parametrize(
    ("claim_id", "documents", "quotes", "matches"),
    [
        ("a1", ("doc_a",), ("$2.1bn in 2024",), True),
        ("a2", ("doc_a",), ("sales reached 2,1 mrd.",), True),  # case and spaces fold
        ("c1", ("doc_c",), ("revenue of $2.1 billion",), True),
        ("a1", ("doc_b",), ("$2.1bn in 2024",), False),  # document not listed
        ("a1", ("doc_a",), ("$2.1bn in 2023",), False),  # quote not in the sentence
        ("b1", ("doc_b",), (), True),  # no quotes: documents alone
    ],
)
def test_claim_matches(claim_id: str, documents: tuple[str, ...], quotes: tuple[str, ...],
                       matches: bool) -> None:
    found = next(c for c in CLAIMS if c.id == claim_id)
    assert claim_matches(found, documents, quotes) is matches


def test_claim_matches_folds_typographic_apostrophes() -> None:
    curly = claim("x", "doc_x", "L\u2019acquisizione di Acme", value="acquisizione")
    assert claim_matches(curly, ("doc_x",), ("l'acquisizione",))


# --------------------------------------------------------------------------- scoring


def test_matching_flag_is_a_true_positive() -> None:
    score = score_of(flag("f1", ("a1", "c1"), ("b1",), kind="period_mismatch"))
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 0, 0)
    assert score.matches[0].expected == "revenue-period"
    assert score.precision == 1.0 and score.recall == 1.0


def test_flag_with_wrong_kind_is_a_false_positive_and_the_conflict_is_missed() -> None:
    score = score_of(flag("f1", ("a1",), ("b1",), kind="value_mismatch"))
    assert score.true_positives == 0
    assert score.false_positives == 1
    assert score.missed == ["revenue-period"]
    assert score.precision == 0.0 and score.recall == 0.0


def test_expected_conflict_without_kind_accepts_any_kind() -> None:
    loose = ExpectedConflict(name="loose", attribute="revenue", sides=PERIOD_CONFLICT.sides)
    score = score_of(flag("f1", ("a1",), ("b1",), kind="value_mismatch"),
                     exp=expected(conflicts=[loose]))
    assert score.true_positives == 1


def test_flag_with_other_attribute_does_not_match() -> None:
    score = score_of(flag("f1", ("a1",), ("b1",), attribute="profit", kind="period_mismatch"))
    assert score.true_positives == 0 and score.false_positives == 1


def test_two_sides_matching_the_same_expected_side_do_not_match() -> None:
    # a1 and c1 both say 2024: a flag between them is not the 2024-vs-2023 conflict.
    score = score_of(flag("f1", ("a1",), ("c1",), kind="period_mismatch"),
                     exp=expected(tolerated=()))
    assert score.true_positives == 0 and score.false_positives == 1


def test_extra_unmatched_side_does_not_prevent_a_match() -> None:
    score = score_of(flag("f1", ("a1",), ("d1",), ("b1",), kind="period_mismatch"))
    assert score.true_positives == 1


def test_second_flag_for_the_same_conflict_is_a_false_positive() -> None:
    # One disagreement reported twice (say HIGH same-day and MEDIUM all-days) is one right flag
    # and one wrong one: precision must show the noise.
    score = score_of(
        flag("f1", ("a1",), ("b1",), kind="period_mismatch"),
        flag("f2", ("c1",), ("b1",), kind="period_mismatch"),
    )
    assert score.true_positives == 1 and score.false_negatives == 0
    assert score.false_positives == 1 and score.duplicates == 1
    assert score.false_positive_flags[0].conflict_id == "f2"
    assert score.false_positive_flags[0].duplicate_of == "revenue-period"
    assert score.precision == 0.5 and score.recall == 1.0


def test_flag_inside_an_agreement_is_an_agreement_violation() -> None:
    score = score_of(flag("f1", ("d1",), ("e1",), attribute="stake"))
    assert score.false_positives == 1
    assert score.false_positive_flags[0].agreement == "stake"
    assert score.agreements_violated == 1


def test_flag_partly_outside_the_agreement_is_a_plain_false_positive() -> None:
    score = score_of(flag("f1", ("d1",), ("a1",), attribute="stake"))
    assert score.false_positive_flags[0].agreement is None


def test_flag_inside_a_tolerated_item_is_neither_counted_for_nor_against() -> None:
    score = score_of(flag("f1", ("a1", "a2"), ("c1",)))
    assert (score.true_positives, score.false_positives, score.tolerated) == (0, 0, 1)
    assert score.tolerated_flags[0].tolerated == "either-way"
    assert score.precision == 1.0  # nothing counted


def test_tolerated_item_requires_the_same_attribute() -> None:
    score = score_of(flag("f1", ("a1",), ("c1",), attribute="profit"))
    assert score.tolerated == 0 and score.false_positives == 1


def test_agreement_takes_precedence_over_a_wider_tolerated_item() -> None:
    wide = ExpectedGroup(name="wide", attribute="stake", documents=("doc_d", "doc_e"))
    score = score_of(flag("f1", ("d1",), ("e1",), attribute="stake"),
                     exp=expected(tolerated=[wide]))
    assert score.tolerated == 0 and score.false_positive_flags[0].agreement == "stake"


@pytest.mark.parametrize(("evolving", "tolerated"), [(True, 1), (False, 0)])
def test_allow_evolving_agreement_tolerates_only_evolving_flags(evolving: bool,
                                                                 tolerated: int) -> None:
    toll = ExpectedGroup(name="toll", attribute="deaths", documents=("doc_a", "doc_b"),
                         allow_evolving=True)
    score = score_of(flag("f1", ("a1",), ("b1",), attribute="deaths", evolving=evolving),
                     exp=expected(conflicts=(), agreements=[toll], tolerated=()))
    assert score.tolerated == tolerated
    assert score.false_positives == 1 - tolerated


def test_flag_citing_unknown_claims_is_a_false_positive() -> None:
    score = score_of(flag("f1", ("nope",), ("b1",), kind="period_mismatch"))
    assert score.false_positives == 1 and score.true_positives == 0


def test_nothing_to_count_scores_one() -> None:
    score = evaluate(Report(), Expected(story="empty"))
    assert (score.precision, score.recall) == (1.0, 1.0)
    assert score.as_dict()["precision"] == 1.0


def test_no_flags_on_a_corpus_with_conflicts_has_full_precision_and_zero_recall() -> None:
    score = score_of()
    assert (score.precision, score.recall, score.false_negatives) == (1.0, 0.0, 1)


def test_precision_and_recall_with_mixed_flags() -> None:
    second = ExpectedConflict(
        name="stake-value", attribute="stake", kind="value_mismatch",
        sides=(ExpectedSide(documents=("doc_d",)), ExpectedSide(documents=("doc_a",))),
    )
    score = score_of(
        flag("tp", ("a1",), ("b1",), kind="period_mismatch"),
        flag("fp", ("d1",), ("e1",), attribute="stake"),
        exp=expected(conflicts=[PERIOD_CONFLICT, second]),
    )
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 1)
    assert score.precision == 0.5 and score.recall == 0.5
    assert score.missed == ["stake-value"]


# --------------------------------------------------------------------------- span matching


def test_a_neighbouring_figure_of_the_same_sentence_does_not_match_the_quote() -> None:
    sentence = "Revenue rose to $2.1bn in 2024 from $1.8bn a year earlier."
    current = claim("x1", "doc_x", sentence, value="$2.1bn")
    earlier = claim("x2", "doc_x", sentence, value="$1.8bn")
    assert claim_matches(current, ("doc_x",), ("rose to $2.1bn in 2024",))
    assert not claim_matches(earlier, ("doc_x",), ("rose to $2.1bn in 2024",))


def test_the_hedge_may_stay_outside_the_quote_but_the_figure_may_not() -> None:
    sentence = "L'azienda ha generato circa 870 milioni di dollari nel 2024."
    hedged = claim("h", "doc_h", sentence, value="circa 870 milioni di dollari", offset=120)
    assert claim_matches(hedged, ("doc_h",), ("870 milioni di dollari nel 2024",))
    assert not claim_matches(hedged, ("doc_h",), ("milioni di dollari nel 2024",))


def test_a_value_without_digits_matches_a_quote_overlapping_its_words() -> None:
    sentence = "Rivalco completed the acquisition of Brightline in May."
    deal = claim("d", "doc_d", sentence, attribute="deal_type", value="acquisition")
    assert claim_matches(deal, ("doc_d",), ("completed the acquisition",))
    assert not claim_matches(deal, ("doc_d",), ("of Brightline in May",))


def test_quotes_fold_accents_and_spacing_and_map_back_to_offsets() -> None:
    sentence = "Norvane will bis 2031 gut 12\u202f500 Stellen abbauen."
    cut = claim("v", "doc_v", sentence, value="12\u202f500")
    assert claim_matches(cut, ("doc_v",), ("GUT 12 500 stellen",))
    decomposed = claim("e", "doc_e", "Le cafe\u0301 a cou\u0302te\u0301 3 euros.", value="3")
    assert claim_matches(decomposed, ("doc_e",), ("coûté 3 euros",))


# --------------------------------------------------------------------------- tables


def _lang_report(*flags: Conflict) -> Report:
    from claimcheck.model import Document

    languages = {"doc_a": "en", "doc_b": "de", "doc_c": "it", "doc_d": "fr", "doc_e": "es"}
    documents = [Document(id=d, path=d, text="", language=lang) for d, lang in languages.items()]
    return Report(documents=documents, claims=list(CLAIMS), conflicts=list(flags))


def test_breakdowns_by_kind_and_language_and_pooled_totals() -> None:
    from claimcheck.evaluate import by_kind, by_language, pooled

    second = ExpectedConflict(
        name="stake-value", attribute="stake", kind="value_mismatch",
        sides=(ExpectedSide(documents=("doc_d",)), ExpectedSide(documents=("doc_e",))),
    )
    exp = expected(conflicts=[PERIOD_CONFLICT, second], agreements=())
    one = evaluate(_lang_report(flag("tp", ("a1",), ("b1",), kind="period_mismatch")), exp)
    two = evaluate(_lang_report(flag("fp", ("a1",), ("c1",), attribute="profit")), exp)
    scores = {"one": one, "two": two}
    kinds = by_kind(scores)
    assert (kinds["period_mismatch"].true_positives, kinds["period_mismatch"].false_negatives) \
        == (1, 1)
    assert kinds["value_mismatch"].false_negatives == 2  # the stake conflict, missed twice
    assert kinds["value_mismatch"].false_positives == 1  # the profit flag, under its own kind
    languages = by_language(scores)
    # the period conflict involves en (doc_a, doc_c... listed) and de; found once, missed once
    assert languages["de"].true_positives == 1 and languages["de"].false_negatives == 1
    assert languages["it"].false_positives == 1 and languages["en"].false_positives == 1
    assert languages["fr"].false_negatives == 2 and languages["es"].false_negatives == 2
    total = pooled(scores)
    assert (total.true_positives, total.false_positives, total.false_negatives) == (1, 1, 3)
    assert total.precision == 0.5 and total.recall == 0.25


def test_render_scores_prints_pooled_kind_and_language_tables_and_json() -> None:
    import json as _json

    from claimcheck.report.evaluation import render_scores

    exp = expected(agreements=())
    scores = {
        "one": evaluate(_lang_report(flag("tp", ("a1",), ("b1",), kind="period_mismatch")), exp),
        "two": evaluate(_lang_report(), exp),
    }
    text = render_scores(scores, verbose=True)
    assert "pooled" in text and "by conflict kind" in text and "by language" in text
    assert "two: MISSED  revenue-period [" in text
    payload = _json.loads(render_scores(scores, fmt="json"))
    assert set(payload) == {"corpora", "by_kind", "by_language", "pooled"}
    assert payload["pooled"]["true_positives"] == 1 and payload["pooled"]["false_negatives"] == 1
    assert payload["corpora"]["two"]["missed"][0]["stage"] in LOSS_STAGES


# --------------------------------------------------------------------------- loss stages

STAGE_CONFLICT = ExpectedConflict(
    name="toll", attribute="deaths", kind="value_mismatch",
    sides=(ExpectedSide(documents=("p",), quotes=("12 dead",)),
           ExpectedSide(documents=("q",), quotes=("15 dead",))),
)


@pytest.mark.parametrize(
    ("first", "second", "stage"),
    [
        ({}, None, "no claim"),
        ({}, {"attribute": "injured"}, "wrong slot"),
        ({}, {"subject": "Other"}, "wrong subject"),
        ({}, {"modality": "forecast"}, "excluded by modality"),
        ({"period": "2026-02-10"}, {"period": "2026-02-11"}, "excluded by period"),
        ({}, {}, "abstained"),
    ],
)
def test_a_missed_conflict_names_the_stage_that_lost_it(first, second, stage) -> None:
    claims = [claim("p1", "p", "The ferry sank with 12 dead.", attribute="deaths", **first)]
    if second is not None:
        second = dict(second)
        attribute = second.pop("attribute", "deaths")
        claims.append(claim("q1", "q", "Officials counted 15 dead.", attribute=attribute,
                            **second))
    assert diagnose(STAGE_CONFLICT, claims)[0] == stage


def test_eval_scores_a_collection_folder_as_its_corpora(tmp_path: Path) -> None:
    import json as _json
    import shutil

    from click.testing import CliRunner

    from claimcheck.cli import cli

    for name in ("alpha", "beta"):
        shutil.copytree(CORPORA / "meta-scale-ai", tmp_path / "set" / name)
    shutil.copytree(CORPORA / "meta-scale-ai", tmp_path / "other" / "alpha")
    result = CliRunner().invoke(
        cli, ["eval", str(tmp_path / "set"), str(tmp_path / "other"), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = _json.loads(result.output)
    # two corpora called "alpha" are told apart by their parent folder
    assert sorted(payload["corpora"]) == ["beta", "other/alpha", "set/alpha"]
    assert payload["pooled"]["true_positives"] == 3 * payload["corpora"]["beta"]["found"]


# --------------------------------------------------------------------------- load_expected

VALID = """\
version: 1
story: a test story
conflicts:
  - name: revenue-period
    kind: period_mismatch
    subject: Acme
    attribute: revenue
    sides:
      - documents: [doc_a]
        quotes: ["$2.1bn in 2024"]
      - documents: [doc_b]
agreements:
  - name: stake
    attribute: stake
    documents: [doc_d, doc_e]
    quotes: ["49%"]
    allow_evolving: false
tolerated:
  - {name: loose, attribute: revenue, documents: [doc_a]}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "expected.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_expected_reads_every_section(tmp_path: Path) -> None:
    exp = load_expected(write(tmp_path, VALID))
    assert exp.story == "a test story"
    (conflict,) = exp.conflicts
    assert conflict.kind == "period_mismatch" and conflict.sides[1].quotes == ()
    assert conflict.line == 4 and conflict.sides[0].line == 9
    assert exp.agreements[0].quotes == ("49%",)
    assert exp.tolerated[0].name == "loose"
    assert exp.documents() == {"doc_a", "doc_b", "doc_d", "doc_e"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("version: 1\nstory: [unclosed\n", 3, "not valid YAML"),
        ("- just a list\n", 1, "must be a mapping"),
        ("version: 2\nstory: s\n", 1, "unsupported version"),
        ("version: 1\n", 1, "needs 'story'"),
        ("version: 1\nstory: s\ncolour: red\n", 3, "unknown key 'colour'"),
        (VALID.replace("attribute: revenue\n    sides", "attribute: turnover\n    sides"), 7,
         "unknown attribute 'turnover'"),
        (VALID.replace("kind: period_mismatch", "kind: mismatch"), 5, "kind 'mismatch'"),
        (VALID.replace("      - documents: [doc_b]\n", ""), 8, "at least two sides"),
        (VALID.replace("documents: [doc_d, doc_e]", "documents: []"), 15, "must not be empty"),
        (VALID.replace("allow_evolving: false", "allow_evolving: maybe"), 17, "true/false"),
        (VALID.replace("name: loose", "name: stake"), 1, "repeated: stake"),
        (VALID.replace("- {name: loose, attribute: revenue, documents: [doc_a]}",
                       "- {name: loose, attribute: revenue}"), 19, "needs 'documents'"),
    ],
)
def test_load_expected_names_the_line_of_a_mistake(tmp_path: Path, text: str, line: int,
                                                   words: str) -> None:
    with pytest.raises(DataError) as error:
        load_expected(write(tmp_path, text))
    assert f"expected.yaml:{line}:" in str(error.value)
    assert words in str(error.value)


def test_load_expected_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        load_expected(tmp_path / "absent.yaml")


def test_check_corpus_reports_missing_documents_and_quotes() -> None:
    exp = Expected(story="s", agreements=(
        ExpectedGroup(name="g", attribute="stake", documents=("doc_a", "ghost"),
                      quotes=("49%", "nowhere")),
    ))
    problems = check_corpus(exp, {"doc_a": "A stake of 49 %? No: 49%."})
    assert any("no document 'ghost'" in p for p in problems)
    assert any("'nowhere'" in p for p in problems)
    assert len(problems) == 2


def test_split_front_matter_keeps_the_body_byte_for_byte() -> None:
    meta, body = split_front_matter("---\ntitle: T\nlanguage: en\n---\n\nBody  line\n")
    assert meta == {"title": "T", "language": "en"}
    assert body == "\nBody  line\n"


# --------------------------------------------------------------------------- curated corpora


def test_there_are_curated_corpora() -> None:
    assert len(CORPUS_DIRS) >= 4


@pytest.mark.parametrize("corpus", CORPUS_DIRS + REAL_DIRS, ids=lambda path: path.name)
def test_corpus_expected_yaml_is_sound(corpus: Path) -> None:
    exp = load_expected(corpus / "expected.yaml")
    if corpus in CORPUS_DIRS:  # a real story may honestly have none (said in its notes)
        assert exp.conflicts, "a written corpus lists at least one conflict"
    assert check_corpus(exp, corpus_texts(corpus)) == []


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda path: path.name)
def test_corpus_articles_have_valid_front_matter(corpus: Path) -> None:
    articles = [p for p in sorted(corpus.iterdir()) if p.suffix.lower() in ARTICLE_SUFFIXES]
    assert 5 <= len(articles) <= 8
    for path in articles:
        if path.suffix.lower() in (".html", ".htm"):
            continue
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        if path.suffix.lower() == ".txt" and not meta:
            continue  # a bare text file: ingest infers its language and date
        assert meta, f"{path.name} has no front matter"
        assert set(meta) <= ARTICLE_KEYS, f"{path.name}: unexpected keys {set(meta) - ARTICLE_KEYS}"
        assert meta.get("language") in LANGUAGES, path.name
        if "published" in meta:
            assert isinstance(meta["published"], dt.date), f"{path.name}: published not a date"
        assert body.strip()


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda path: path.name)
def test_corpus_config_pins_typed_entities(corpus: Path) -> None:
    config = tomllib.loads((corpus / "claimcheck.toml").read_text(encoding="utf-8"))
    entities = config["entities"]
    assert entities
    for name, spec in entities.items():
        assert spec["type"] in ("organization", "person", "place", "product"), name
        assert all(isinstance(alias, str) and alias for alias in spec.get("aliases", [])), name


@pytest.mark.parametrize(
    "corpus", [c for c in CORPUS_DIRS if c.name != "meta-scale-ai"], ids=lambda path: path.name
)
def test_written_corpora_vary_formats_and_languages(corpus: Path) -> None:
    suffixes = {p.suffix.lower() for p in corpus.iterdir()}
    assert {".md", ".txt", ".html"} <= suffixes
    undated = [
        p for p in corpus.glob("*.md")
        if "published" not in split_front_matter(p.read_text(encoding="utf-8"))[0]
    ]
    assert 1 <= len(undated) <= 2
    languages = {
        split_front_matter(p.read_text(encoding="utf-8"))[0].get("language")
        for p in corpus.glob("*.md")
    }
    assert len(languages) >= 3


def test_written_corpora_cover_english_spanish_and_portuguese() -> None:
    languages = {
        split_front_matter(p.read_text(encoding="utf-8"))[0].get("language")
        for corpus in CORPUS_DIRS for p in corpus.glob("*.md")
    }
    assert {"en", "es", "pt"} <= languages


def _quote_claim(claim_id: str, attribute: str, documents: tuple[str, ...], quote: str,
                 texts: dict[str, str]) -> Claim:
    """A claim whose sentence is just ``quote``, in the first listed document that holds it."""
    document = next(d for d in documents if normalize_text(quote) in normalize_text(texts[d]))
    return claim(claim_id, document, quote, attribute=attribute)


@pytest.mark.parametrize("corpus", CORPUS_DIRS + REAL_DIRS, ids=lambda path: path.name)
def test_corpus_expected_yaml_is_coherent_with_the_scorer(corpus: Path) -> None:
    """Flags built from the file's own quotes land where the file means them to.

    Each expected conflict, flagged with one quote per side, is found; an agreement's first
    quote flagged against each of its other quotes violates it (unless the pair is an expected
    conflict); likewise a tolerated item's quotes are tolerated. This catches an agreement that
    swallows a conflict's side or a tolerated item hidden behind an agreement.
    """
    exp = load_expected(corpus / "expected.yaml")
    texts = corpus_texts(corpus)
    for conflict in exp.conflicts:
        claims = [
            _quote_claim(f"c{i}", conflict.attribute, side.documents, side.quotes[0], texts)
            for i, side in enumerate(conflict.sides)
        ]
        report = Report(claims=claims, conflicts=[
            flag("f", *((c.id,) for c in claims), attribute=conflict.attribute,
                 kind=conflict.kind or "value_mismatch"),
        ])
        assert evaluate(report, exp).matches[0].expected == conflict.name, conflict.name
    for group in (*exp.agreements, *exp.tolerated):
        claims = [
            _quote_claim(f"q{i}", group.attribute, group.documents, quote, texts)
            for i, quote in enumerate(group.quotes)
        ]
        flags = [
            flag(f"f{i}", ("q0",), (f"q{i}",), attribute=group.attribute)
            for i in range(1, len(claims))
        ]
        score = evaluate(Report(claims=claims, conflicts=flags), exp)
        # A pair that is itself an expected conflict (12 vs 15 dead on one day) is found instead.
        counted = score.true_positives + score.false_positives + score.tolerated
        assert counted == len(flags)
        if group in exp.agreements:
            assert {f.agreement for f in score.false_positive_flags} <= {group.name}, group.name
            assert score.tolerated == 0, group.name
        else:
            assert {t.tolerated for t in score.tolerated_flags} <= {group.name}, group.name
            assert score.false_positives == 0, group.name


def test_seed_articles_are_kept_byte_for_byte() -> None:
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("seed articles are not beside the repository")
    for seed in sorted(seeds.glob("*.txt")):
        article = CORPORA / "meta-scale-ai" / f"{seed.stem}.md"
        _, body = split_front_matter(article.read_text(encoding="utf-8"))
        assert body == seed.read_text(encoding="utf-8"), seed.name
