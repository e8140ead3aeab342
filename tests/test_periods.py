"""Periods: every per-language example table, the document-date inference, the reading
conventions, undated articles read against their corpus's range, dateparser's place, robustness.

The tables (``claimcheck/lang/<code>/examples/periods.yaml``) are the specification: each
positive case lists every period the text must yield, each negative case must yield none, and
known failures are kept as strict xfails so that a fix shows up as a surprise pass.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.model import Document, Period, StoryGroup
from claimcheck.normalize import calendar_math as cal
from claimcheck.normalize import date_parser, period_relative
from claimcheck.normalize.periods import infer_document_date, periods
from claimcheck.normalize.reference import (
    CORPUS_RANGE,
    ReferenceRange,
    corpus_range,
    with_corpus_reference,
)

LANG_DIR = Path(__file__).resolve().parents[1] / "claimcheck" / "lang"
TABLES = sorted(LANG_DIR.glob("*/examples/periods.yaml"))
LANGS = ("en", "it", "fr", "de", "es", "pt")
_UNSET = object()


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _reference(case: dict[str, Any], table: dict[str, Any]) -> date | None:
    """The case's own reference when it states one (null = no document date), else the file's."""
    value = case.get("reference", _UNSET)
    if value is _UNSET:
        value = table.get("reference")
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value


def _as_dict(period: Period) -> dict[str, Any]:
    return {"value": period.value, "kind": period.kind, "text": period.text,
            "relative": period.relative, "resolved": period.resolved}


def _expected(entry: dict[str, Any]) -> dict[str, Any]:
    value = None if entry.get("value") is None else str(entry["value"])
    return {"value": value, "kind": entry["kind"], "text": entry["text"],
            "relative": bool(entry.get("relative", False)),
            "resolved": bool(entry.get("resolved", value is not None))}


def _cases() -> list[Any]:
    params: list[Any] = []
    for path in TABLES:
        lang = path.parent.parent.name
        table = _load(path)
        for index, case in enumerate(table.get("positive") or ()):
            expected = [_expected(e) for e in case.get("expected") or ()]
            params.append(pytest.param(lang, case["text"], _reference(case, table), expected,
                                       id=f"{lang}-pos{index}-{case['text'][:40]}"))
        for index, case in enumerate(table.get("negative") or ()):
            text = case if isinstance(case, str) else case["text"]
            reference = _reference({} if isinstance(case, str) else case, table)
            params.append(pytest.param(lang, text, reference, [],
                                       id=f"{lang}-neg{index}-{text[:40]}"))
        for index, case in enumerate(table.get("xfail") or ()):
            expected = [_expected(e) for e in case.get("expected") or ()]
            params.append(pytest.param(
                lang, case["text"], _reference(case, table), expected,
                id=f"{lang}-xfail{index}-{case['text'][:40]}",
                marks=pytest.mark.xfail(strict=True, reason=case["reason"])))
    return params


def _check_invariants(text: str, found: list[Period]) -> None:
    previous_end = -1
    for period in found:
        assert 0 <= period.start < period.end <= len(text)
        assert period.start >= previous_end, "periods must be sorted and must not overlap"
        assert text[period.start:period.end] == period.text
        assert period.rule.startswith("period.")
        assert period.resolved == (period.value is not None)
        previous_end = period.end


@pytest.mark.parametrize(("lang", "text", "reference", "expected"), _cases())
def test_example_tables(lang: str, text: str, reference: date | None,
                        expected: list[dict[str, Any]]) -> None:
    found = periods(text, lang, reference)
    _check_invariants(text, found)
    assert [_as_dict(p) for p in found] == expected


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_a_full_table(lang: str) -> None:
    table = _load(LANG_DIR / lang / "examples" / "periods.yaml")
    count = sum(len(table.get(key) or ()) for key in ("positive", "negative", "xfail"))
    assert count >= 60
    assert table.get("negative"), "a table without negatives only proves recall"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Published June 12, 2025. Updated 6/13/2025. The company, founded on March 3, 2016, "
           "said yesterday...", date(2025, 6, 13)),
    ("it", "Milano, 12 giugno 2025 - Nel 2024 il fatturato... (aggiornato il 13/06/2025)",
     date(2025, 6, 13)),
    ("fr", "Publié le 12 juin 2025 à 10h30. En 2016, l'entreprise...", date(2025, 6, 12)),
    ("de", "Stand: 12.06.2025. Am 3. März 2016 gegründet.", date(2025, 6, 12)),
    ("es", "Madrid, 12 de junio de 2025. Fundada el 3 de marzo de 2016.", date(2025, 6, 12)),
    ("pt", "Lisboa, 2025-06-12. Fundada em 1 de março de 2016, ontem anunciou...",
     date(2025, 6, 12)),
    # a deadline is no day the article was written: a contract "until 30 June 2030"
    ("it", "Il 12 giugno 2025 Ana Ruiz ha firmato fino al 30 giugno 2030.", date(2025, 6, 12)),
    ("en", "On June 12, 2025 she signed a deal until June 30, 2030.", date(2025, 6, 12)),
    ("de", "Am 12. Juni 2025 unterschrieb sie bis zum 30. Juni 2030.", date(2025, 6, 12)),
    ("es", "El 12 de junio de 2025 firmó hasta el 30 de junio de 2030.", date(2025, 6, 12)),
    ("pt", "Em 12 de junho de 2025 assinou até 30 de junho de 2030.", date(2025, 6, 12)),
    ("fr", "Le 12 juin 2025, elle a signé jusqu'au 30 juin 2030.", date(2025, 6, 12)),
    # the end of a span neither: "du 3 février 2026 au 30 juin 2029"; two days joined by "and" are
    # two days
    ("fr", "Elle jouera pour le club du 3 février 2026 au 30 juin 2029.", date(2026, 2, 3)),
    ("es", "El contrato va del 2 de febrero de 2026 al 31 de mayo de 2029.", date(2026, 2, 2)),
    ("de", "Vom 2. Februar 2026 bis 31. Mai 2029 läuft der Vertrag.", date(2026, 2, 2)),
    ("en", "The storm hit on 3 March 2024 and on 5 March 2024 it left.", date(2024, 3, 5)),
])
def test_infer_document_date_takes_the_latest_full_date(lang: str, text: str,
                                                        expected: date) -> None:
    assert infer_document_date(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Last year, in June 2024, revenue hit $14.3 billion; yesterday it said 49% more."),
    ("it", "Ieri il fatturato del 2024, 14,3 miliardi, nel terzo trimestre."),
    ("de", "Im Juni 2025 und gestern: 12. Juni"),  # a day without a year is not a full date
])
def test_infer_document_date_ignores_partial_and_relative_dates(lang: str, text: str) -> None:
    assert infer_document_date(text, lang) is None


def test_relative_periods_without_reference_say_they_are_unresolved() -> None:
    found = periods("Last year revenue doubled; in Q3 it fell; yesterday it rose.", "en", None)
    assert [p.kind for p in found] == ["year", "quarter", "date"]
    assert all(p.relative and not p.resolved and p.value is None for p in found)


def test_unknown_language_keeps_language_neutral_forms() -> None:
    found = periods("Q3 2024, FY2025, 2025-06-12 en 12/06/2025", "nl", None)
    assert [p.value for p in found] == ["2024-Q3", "FY2025", "2025-06-12", "2025-06-12"]


_TOKENS = ["2024", "2.024", "14,3", "49%", "Q3", "3Q24", "FY24", "T3", "H1", "giugno", "June",
           "Juni", "12.", "12", "31", "/", "-", ".", ",", "'", "’", "de", "nel", "im", "last",
           "year", "ieri", "l'anno scorso", "trimestre", "Quartal", "$", "€", "+49", " ", "\n",
           "mars", "May", "1er", "3º", "III", "fiscal", "Geschäftsjahr", "2023/24", "00", "99"]


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=80),
        st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join),
        st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join),
    ),
    lang=st.sampled_from([*LANGS, "nl", "", "x/"]),
    reference=st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_keeps_invariants(text: str, lang: str, reference: date | None) -> None:
    found = periods(text, lang, reference)
    _check_invariants(text, found)
    infer_document_date(text, lang)


# --------------------------------------------------------------------------- reading conventions


@pytest.mark.parametrize(("lang", "text", "reference", "expected"), [
    # a bare month is its latest occurrence not after the article's date...
    ("en", "raised $2bn in October", date(2025, 3, 10), "2024-10"),
    ("it", "ha raccolto 2 miliardi a ottobre", date(2025, 3, 10), "2024-10"),
    ("de", "sammelte im Oktober 2 Milliarden ein", date(2025, 3, 10), "2024-10"),
    # ... its own month included ...
    ("fr", "a levé 2 milliards en mars", date(2025, 3, 10), "2025-03"),
    # ... unless the next one is less than half as far: an announced event
    ("pt", "a Eurocopa, disputada em julho", date(2024, 6, 3), "2024-07"),
    ("es", "el torneo de julio", date(2024, 6, 3), "2024-07"),
    # words announcing the future make it the next one
    ("en", "the plant will close in March", date(2025, 3, 10), "2025-03"),
    ("en", "the plant will close in February", date(2025, 3, 10), "2026-02"),
])
def test_bare_month_reading(lang: str, text: str, reference: date, expected: str) -> None:
    assert [p.value for p in periods(text, lang, reference)] == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # read on Sunday 15 June 2025: a bare weekday is the latest one not after that day
    ("en", "Shares fell on Thursday.", "2025-06-12"),
    ("en", "Shares fell on Sunday.", "2025-06-15"),
    ("de", "Die Einigung kam am Freitagabend.", "2025-06-13"),
    ("es", "La dana barrió el martes el Levante.", "2025-06-10"),
    ("fr", "Le bilan s'est alourdi mardi soir.", "2025-06-10"),
    ("it", "Il titolo ha perso il 6,3% martedì.", "2025-06-10"),
    ("pt", "O número de mortos subiu no sábado.", "2025-06-14"),
    # unless the words before it announce the future
    ("en", "The board will vote on Thursday.", "2025-06-19"),
    ("de", "Die Abstimmung wird am Donnerstag stattfinden.", "2025-06-19"),
    ("es", "La votación será el jueves.", "2025-06-19"),
    ("fr", "L'annonce est attendue mardi.", "2025-06-17"),
    ("it", "Il voto si terrà giovedì.", "2025-06-19"),
    ("pt", "O anúncio está previsto para sexta-feira.", "2025-06-20"),
])
def test_weekdays_in_every_language(lang: str, text: str, expected: str) -> None:
    assert [p.value for p in periods(text, lang, date(2025, 6, 15))] == [expected]


def test_a_weekday_written_beside_its_date_picks_the_year() -> None:
    found = periods("Le bateau a chaviré le mardi 10 février.", "fr", date(2025, 6, 15))
    assert [p.value for p in found] == ["2026-02-10"]  # a Tuesday in 2026, a Monday in 2025


def test_calendar_rules() -> None:
    assert [cal.easter(y).isoformat() for y in (2016, 2019, 2024, 2025)] == [
        "2016-03-27", "2019-04-21", "2024-03-31", "2025-04-20"]
    assert cal.holiday_in("4 thu 11 +1", 2010) == date(2010, 11, 26)  # Black Friday
    assert cal.holiday_in("last mon 5", 2025) == date(2025, 5, 26)  # Memorial Day
    assert cal.holiday_in("sun before 11-27", 2019) == date(2019, 11, 24)  # Totensonntag
    assert cal.holiday_in("easter -49", 2018) == date(2018, 2, 11)  # Fastnachtssonntag
    assert cal.holiday_in("02-30", 2025) is None
    assert cal.weekday_with_day(7, 31, date(2019, 1, 25)) == date(2017, 12, 31)  # "Sunday 31"
    assert cal.latest_day(2, 29, date(2017, 3, 22)) == date(2016, 2, 29)
    assert cal.full_year(29) == 2029 and cal.full_year(30) == 1930
    # the past is preferred unless the coming one is less than half as far
    reference = date(2025, 6, 15)
    assert cal.nearest_day(6, 20, reference) == date(2025, 6, 20)
    assert cal.nearest_day(10, 1, reference) == date(2025, 10, 1)  # 108 days on, 257 back
    assert cal.nearest_day(11, 1, reference) == date(2024, 11, 1)  # 139 days on, 226 back
    assert cal.nearest_month(8, reference) == (2025, 8)
    assert cal.nearest_month(9, reference) == (2025, 9)  # three months on, nine back
    assert cal.nearest_month(10, reference) == (2024, 10)  # four on, eight back


# --------------------------------------------------------------------------- undated articles


def _document(ident: str, published: date | None) -> Document:
    return Document(id=ident, path=f"{ident}.md", text="", language="en", published=published,
                    date_origin="front_matter" if published else None)


def test_an_undated_article_gets_its_corpus_range_marked_as_inferred() -> None:
    documents = [_document("a", date(2025, 6, 10)), _document("b", None),
                 _document("c", date(2025, 6, 14))]
    read = with_corpus_reference(documents)
    assert [d.id for d in read] == ["a", "b", "c"]
    undated = read[1]
    assert undated.date_origin == CORPUS_RANGE
    assert isinstance(undated.published, ReferenceRange)
    assert (undated.published.earliest, undated.published.latest) == (date(2025, 6, 10),
                                                                       date(2025, 6, 14))
    assert read[0] is documents[0] and read[2] is documents[2]


def test_the_range_is_the_story_groups_and_nothing_without_a_dated_article() -> None:
    documents = [_document("a", date(2025, 6, 10)), _document("b", None),
                 _document("c", date(2024, 1, 5)), _document("d", None), _document("e", None)]
    groups = [StoryGroup("one", "one", ("a", "b")), StoryGroup("two", "two", ("c", "d")),
              StoryGroup("three", "three", ("e",))]
    read = {d.id: d for d in with_corpus_reference(documents, groups)}
    assert read["b"].published.isoformat() == "2025-06-10/2025-06-10"
    assert read["d"].published.isoformat() == "2024-01-05/2024-01-05"
    assert read["e"].published is None and read["e"].date_origin is None
    assert corpus_range([_document("x", None)]) is None


def test_a_text_date_long_before_the_story_is_no_publication_date() -> None:
    """An undated article whose only full date is a birthday ("nasceu em 14 de março de 1990")
    was not written that day: it gets the story's range, which does not stretch back to it."""
    def dated_by_text(ident: str, day: date) -> Document:
        return dataclasses.replace(_document(ident, day), date_origin="text")

    documents = [_document("a", date(2025, 6, 10)), _document("b", date(2025, 6, 14)),
                 dated_by_text("birthday", date(1990, 3, 14)),
                 dated_by_text("recent", date(2025, 6, 1)),
                 dated_by_text("ahead", date(2025, 9, 30))]
    read = {d.id: d for d in with_corpus_reference(documents)}
    assert read["birthday"].date_origin == CORPUS_RANGE
    assert read["birthday"].published.isoformat() == "2025-06-01/2025-09-30"
    assert read["recent"].published == date(2025, 6, 1)  # days before: the same news cycle
    assert read["ahead"].published == date(2025, 9, 30)  # a later day only widens the range


def test_a_reference_range_is_no_publication_date() -> None:
    span = ReferenceRange(date(2025, 6, 10), date(2025, 6, 14))
    assert span.isoformat() == "2025-06-10/2025-06-14"
    assert span != date(2025, 6, 14) and date(2025, 6, 14) != span
    assert span == ReferenceRange(date(2025, 6, 14), date(2025, 6, 10))
    assert type(span + timedelta(days=1)) is date  # arithmetic counts from the latest day
    assert pickle.loads(pickle.dumps(span)) == span


@pytest.mark.parametrize(("lang", "text", "earliest", "latest", "expected"), [
    # "last year" is pinned by a range within one calendar year, not by one across two
    ("en", "Revenue doubled last year.", date(2025, 3, 1), date(2025, 6, 14), "2024"),
    ("en", "Revenue doubled last year.", date(2024, 12, 20), date(2025, 1, 10), None),
    # a weekday is pinned when the range holds no later one: Fri 13 - Sun 15 June 2025
    ("de", "Die Einigung kam am Donnerstag.", date(2025, 6, 13), date(2025, 6, 15),
     "2025-06-12"),
    ("de", "Die Einigung kam am Donnerstag.", date(2025, 6, 9), date(2025, 6, 15), None),
    # a written date needs no reference at all
    ("it", "il 12 giugno 2025", date(2020, 1, 1), date(2025, 6, 14), "2025-06-12"),
])
def test_relative_dates_of_an_undated_article_resolve_where_its_range_pins_them(
        lang: str, text: str, earliest: date, latest: date, expected: str | None) -> None:
    found = periods(text, lang, ReferenceRange(earliest, latest))
    assert len(found) == 1
    assert found[0].value == expected
    assert found[0].resolved == (expected is not None)


def test_check_reads_undated_articles_against_their_corpus_range(tmp_path: Path) -> None:
    from claimcheck.api import check

    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-06-10\nlanguage: en\n---\nAcme Corp said on Monday that its "
        "revenue rose to $5 billion last year.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\npublished: 2025-06-12\nlanguage: en\n---\nAcme Corp reported revenue of "
        "$5 billion for last year, the company said.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text(
        "---\nlanguage: en\n---\nAcme Corp's revenue rose to $6 billion last year, "
        "analysts said.\n", encoding="utf-8")
    report = check([tmp_path])
    by_id = {d.id: d for d in report.documents}
    assert by_id["c"].date_origin == CORPUS_RANGE
    assert by_id["c"].published.isoformat() == "2025-06-10/2025-06-12"
    assert by_id["a"].date_origin == "front_matter"


# --------------------------------------------------------------------------- dateparser's place


def test_dateparser_reads_only_runs_no_rule_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(span: str, lang: str, reference: date | None, prefer: str = "past"):
        calls.append(span)
        return date_parser.resolve_span(span, lang, reference, prefer)

    monkeypatch.setattr(period_relative, "resolve_span", counting)
    reference = date(2016, 11, 7)
    for lang, text in [("en", "On June 12, 2025, 49 people died."),
                       ("fr", "Je reviendrai le 2 octobre."), ("de", "am 12. Juni 2025")]:
        periods(text, lang, reference)
    assert calls == []
    found = periods("Publié Oct. 2", "fr", reference)
    assert calls == ["Oct. 2"]
    assert [(p.value, p.rule) for p in found] == [
        ("2016-10-02", "period.date.loose.dateparser.v1")]


def test_dateparser_answers_are_cached_and_need_a_reference() -> None:
    reference = date(2016, 11, 7)
    first = date_parser.resolve_span("Oct. 2", "fr", reference)
    hits = date_parser.resolve_span.cache_info().hits
    assert date_parser.resolve_span("Oct. 2", "fr", reference) == first
    assert date_parser.resolve_span.cache_info().hits == hits + 1
    assert date_parser.resolve_span("Oct. 2", "fr", None) is None  # no reference: no guess
    assert periods("Publié Oct. 2", "fr", None) == []

