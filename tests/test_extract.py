"""Extraction and subject attribution on tiny documents: one rule per test."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.config import Config, PinnedEntity
from claimcheck.extract import extract
from claimcheck.link import link
from claimcheck.model import Document

CONFIG = Config(entities=(
    PinnedEntity("Norvik Group", "organization", ("Norvik",)),
    PinnedEntity("Belmar Foods", "organization", ("Belmar",)),
    PinnedEntity("Ana Ruiz", "person", ("Ruiz",)),
))


def claims(text: str, lang: str = "en", published: date | None = None):
    document = Document(id="d", path="d", text=text, language=lang, published=published)
    return link([document], [extract(document)], CONFIG)


def slots(text: str, lang: str = "en", published: date | None = None):
    return {(c.subject, c.attribute, c.value.point, c.period, c.modality)
            for c in claims(text, lang, published)}


def test_a_count_belongs_to_the_word_that_follows_it():
    found = slots("Doze pessoas morreram e 31 estão desaparecidas.", "pt")
    assert ("(event)", "deaths", 12, None, "asserted") in found
    assert ("(event)", "missing", 31, None, "asserted") in found
    assert not any(attr == "deaths" and value == 31 for _, attr, value, _, _ in found)


def test_a_count_trigger_does_not_reach_across_a_conjunction():
    found = slots("Several of the injured are children, and four are in a serious condition.")
    assert not any(attr == "injured" for _, attr, *_ in found)


def test_licensed_capacity_is_not_the_number_on_board():
    found = slots("The ferry was licensed to carry 120 passengers.")
    assert {attr for _, attr, *_ in found} == {"capacity"}


def test_a_difference_is_not_a_count():
    assert not slots("A embarcação levava 23 passageiros a mais do que o permitido.", "pt") & {
        ("(event)", "passengers", 23, None, "asserted")}


def test_the_price_of_an_acquisition_after_a_price_preposition():
    found = slots("Norvik agreed to buy a 70% stake in Belmar Foods from a private equity fund "
                  "for €1.78bn.")
    assert ("Belmar Foods", "deal_value", 1.78e9, None, "asserted") in found


def test_buying_a_stake_is_not_an_acquisition_of_the_company():
    labels = {c.value.label for c in claims(
        "Norvik hat einen Anteil von 49 Prozent an Belmar Foods erworben.", "de")
        if c.attribute == "deal_type"}
    assert "acquisition" not in labels


def test_an_acquisition_is_a_deal_type_of_its_target():
    found = {(c.subject, c.value.label) for c in claims("Norvik acquiert Belmar Foods.", "fr")
             if c.attribute == "deal_type"}
    assert found == {("Belmar Foods", "acquisition")}


def test_a_period_written_before_the_value_dates_its_clause():
    found = slots("In 2019, another boat sank and 31 people died.")
    assert ("(event)", "deaths", 31, "2019", "asserted") in found


def test_a_later_period_of_another_claim_is_not_borrowed():
    found = slots("Norvik's $2bn investment is its largest since the 2014 acquisition of Belmar.")
    assert ("Norvik Group", "investment", 2e9, None, "asserted") in found


@pytest.mark.parametrize(("text", "lang", "modality"), [
    ("Norvik could invest $2bn in Belmar.", "en", "hypothetical"),
    ("Norvik prevede di investire 2 miliardi di dollari.", "it", "forecast"),
    ("Norvik did not invest $2bn.", "en", "negated"),
    ("Selon des sources internes, Norvik a investi 2 milliards de dollars.", "fr", "reported"),
    ("Norvik invested $2bn.", "en", "asserted"),
])
def test_modality(text, lang, modality):
    (claim,) = [c for c in claims(text, lang) if c.attribute == "investment"]
    assert claim.modality == modality


def test_said_it_would_is_reported_not_hypothetical():
    (claim,) = [c for c in claims("Ruiz said Norvik would keep working with Belmar Foods.")
                if c.attribute == "relationship"]
    assert claim.modality == "reported" and claim.value.label == "continues"


def test_relation_written_as_a_noun_and_a_verb():
    (claim,) = [c for c in claims(
        "Belmar Foods hat die Zusammenarbeit mit Norvik beendet.", "de")
        if c.attribute == "relationship"]
    assert (claim.subject, claim.object, claim.value.label) == (
        "Belmar Foods", "Norvik Group", "ends")


def test_a_generic_noun_stands_for_the_organization_named_before():
    found = slots("Norvik sta crescendo: l'azienda ha generato 870 milioni di euro di fatturato "
                  "nel 2024.", "it")
    assert ("Norvik Group", "revenue", 870e6, "2024", "asserted") in found


def test_an_undated_figure_takes_the_period_in_focus_for_comparison():
    found = claims("Norvik reported third-quarter revenue of $2.1bn. Net profit rose to $187m.",
                   published=date(2025, 10, 20))
    (profit,) = [c for c in found if c.attribute == "profit"]
    assert (profit.subject, profit.period, profit.period_source) == (
        "Norvik Group", "2025-Q3", "context")


def test_an_age_and_its_year():
    found = slots("Ruiz fondò Norvik nel 2016 all'età di 19 anni.", "it")
    assert ("Ana Ruiz", "age", 19, "2016", "asserted") in found
    assert ("Norvik Group", "founded", 2016, None, "asserted") in found


def test_a_sentence_cut_after_an_abbreviation_is_joined():
    (claim,) = [c for c in claims("Nel 2025 Norvik Inc. ha investito 2 miliardi di euro.", "it")
                if c.attribute == "investment"]
    assert claim.sentence.startswith("Nel 2025 Norvik Inc.")


def test_no_subject_no_claim():
    assert not [c for c in claims("The market was valued at $2.9bn in 2024.")
                if c.attribute == "valuation"]


def test_a_sentence_naming_no_one_is_about_the_dominant_organization():
    text = ("Norvik presented its plan on Monday. Norvik and Belmar Foods are rivals. "
            "Norvik said talks would go on. The plan foresees 1,380 job cuts.")
    found = [c for c in claims(text) if c.attribute == "layoffs"]
    assert [(c.subject, c.value.point) for c in found] == [("Norvik Group", 1380)]


def test_a_subsidiary_s_figure_is_never_given_to_the_parent():
    text = ("Norvik Group reported results. Norvik grew. "
            "La filial española, que emplea a unas 600 personas, creció.")
    assert not [c for c in claims(text, "es") if c.attribute == "employees"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Chez Belmar (33%, contre 41,2% le 12 janvier) comme chez Norvik, la direction a recensé "
     "44,15% de grévistes, contre 52% le 12 janvier.", "fr"),
    ("At Belmar (33%, against 41.2% on 12 January) as at Norvik, management counted 44.15% "
     "strikers, against 52% on 12 January.", "en"),
])
def test_the_date_of_a_base_figure_is_not_borrowed(text, lang):
    # the first "12 janvier" belongs to 41,2% after "contre", the second to 52%: 44,15% is today's
    periods = {c.value.point: c.period for c in claims(text, lang, date(2026, 3, 7))
               if c.attribute == "turnout"}
    assert periods.get(44.15, "missing") is None
    assert periods.get(52.0) == "2026-01-12"


@pytest.mark.parametrize(("text", "lang"), [
    ("La familia Ruiz conservará el 15% restante de Belmar Foods.", "es"),
    ("The Ruiz family will retain the remaining 15% of Belmar Foods.", "en"),
    ("Die Familie Ruiz behält die restlichen 15 Prozent an Belmar Foods.", "de"),
])
def test_the_remainder_of_a_stake_is_a_part(text, lang):
    from claimcheck.model import PART_SCOPE

    stakes = [c for c in claims(text, lang) if c.value.point == 15.0]
    assert stakes and all(c.scope == PART_SCOPE for c in stakes)


def _mentions(text: str, lang: str):
    document = Document(id="d", path="d", text=text, language=lang, published=date(2026, 3, 7))
    return [(m.attribute, m.value.point, m.period, m.rule.split(".")[1])
            for m in extract(document).mentions]


def test_a_pro_verb_and_a_dated_counter_figure_take_the_slot_of_the_figure_before():
    text = ("En Norvik paró el 37% de la plantilla durante toda la jornada, y en la empresa "
            "Belmar Foods lo hizo un 22%, frente al 31% registrado el 12 de enero.")
    assert _mentions(text, "es") == [("turnout", 37.0, None, "percent"),
                                     ("turnout", 22.0, None, "pro_verb"),
                                     ("turnout", 31.0, "2026-01-12", "counter")]


def test_a_base_with_no_date_of_its_own_stays_no_claim():
    # "from $71m" would borrow the period of the claim it is the base of
    assert [m[:2] for m in _mentions("Net profit rose to $93m from $71m a year earlier.",
                                     "en")] == [("profit", 93e6)]


@pytest.mark.parametrize(("text", "lang", "slot"), [
    ("Belmar Foods recortará el 12% de la plantilla.", "es", "workforce_cut"),
    ("La huelga paralizó el 12% de la plantilla de Belmar Foods.", "es", "turnout"),
    ("Belmar Foods will cut 12% of its workforce.", "en", "workforce_cut"),
    ("The strike idled 12% of its workforce.", "en", "turnout"),
])
def test_a_share_of_the_staff_is_what_the_clause_says_happened_to_it(text, lang, slot):
    assert [m[0] for m in _mentions(text, lang)] == [slot]


@pytest.mark.parametrize(("text", "lang", "earlier", "current"), [
    ("Norvik raised $300m in its previous round.", "en", [300e6], []),
    ("A year earlier, Norvik had raised $150m.", "en", [150e6], []),
    ("Norvik's revenue rose 14% to $2.1bn, from $1.87bn a year earlier.", "en", [], [2.1e9]),
    ("Un año antes, Norvik había captado 150 millones de dólares.", "es", [150e6], []),
    ("Norvik avait levé 300 millions d'euros lors de son tour précédent.", "fr", [300e6], []),
    ("Norvik hatte ein Jahr zuvor 150 Millionen Euro eingesammelt.", "de", [150e6], []),
])
def test_a_figure_anchored_to_an_earlier_event_is_that_events(text, lang, earlier, current):
    from claimcheck.model import incomparable_scope

    money = [c for c in claims(text, lang) if c.value.kind == "money"]
    assert sorted(c.value.point for c in money if incomparable_scope(c.scope)) == earlier
    assert sorted(c.value.point for c in money if not incomparable_scope(c.scope)) == current


@pytest.mark.parametrize(("text", "lang"), [
    ("Si la fusion n'aboutissait pas, Norvik verserait 400 millions de dollars à Belmar Foods.",
     "fr"),
    ("De no concretarse la compra, Norvik pagará 400 millones de dólares a Belmar Foods.", "es"),
    ("Se l'accordo non andasse in porto, Norvik pagherebbe 400 milioni di dollari a Belmar Foods.",
     "it"),
    ("Norvik espera fechar a compra. Caso contrário, a Norvik pagará 400 milhões de dólares à "
     "Belmar Foods.", "pt"),
])
def test_a_condition_is_a_scenario_whatever_its_wording(text, lang):
    # the negation sits inside the if-clause: a hypothetical figure, not a negated one
    money = [c for c in claims(text, lang) if c.value.kind == "money"]
    assert [(c.modality, c.condition) for c in money] == [("hypothetical", "deal fails")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Should the merger fail, Norvik would owe Belmar Foods a fee.", "en"),
    ("Sollte die Übernahme scheitern, muss Norvik zahlen.", "de"),
])
def test_an_inverted_condition_opens_a_scenario(text, lang):
    [deal] = [c for c in claims(text, lang) if c.attribute == "deal_type"]
    assert (deal.modality, deal.condition) == ("hypothetical", "deal fails")


def test_should_inside_a_clause_is_no_condition():
    assert all(c.condition is None for c in claims("Norvik should buy Belmar Foods.", "en"))


def _parsed_sentence(heads):
    """"Norvik vit une baisse de 44 % de grévistes" with a hand-made parse: the slot words
    "baisse" (growth, token 3) and "grévistes" (turnout, 8) around the figure (5-6)."""
    from claimcheck.model import Cue, Quantity, Sentence

    text = "Norvik vit une baisse de 44 % de grévistes"
    tokens, position = [], 0
    for word in text.split():
        start = text.index(word, position)
        tokens.append((start, start + len(word), word.lower()))
        position = start + len(word)
    cues = (Cue("slots", "growth", tokens[3][0], tokens[3][1], "baisse"),
            Cue("slots", "turnout", tokens[8][0], tokens[8][1], "grévistes"))
    sentence = Sentence(0, 0, len(text), text, cues=cues, clauses=((0, len(text)),),
                        tokens=tuple(tokens), heads=heads)
    figure = Quantity(44.0, 43.5, 44.5, "%", False, tokens[5][0], tokens[6][1], "44 %",
                      "percent", None, "percent.digits.v1")
    return sentence, figure


def test_a_trained_parse_ranks_the_slot_word_the_figure_hangs_on_first():
    from claimcheck.extract import _DocumentExtractor

    extractor = _DocumentExtractor(Document(id="d", path="d", text="", language="fr"))
    # without a parse (the rule path), the nearest slot word wins: "baisse"
    sentence, figure = _parsed_sentence(())
    cue, _, _ = extractor._trigger_for(sentence, figure, [figure], list(sentence.cues))
    assert cue.label == "growth"
    # the parse hangs "grévistes" on the figure, and the figure on the verb: turnout
    sentence, figure = _parsed_sentence((1, 1, 3, 1, 5, 6, 1, 8, 6))
    cue, _, _ = extractor._trigger_for(sentence, figure, [figure], list(sentence.cues))
    assert cue.label == "turnout"


def test_a_trained_pipeline_parses_only_when_asked_for(monkeypatch):
    pytest.importorskip("fr_core_news_sm")
    from claimcheck import lexicon

    for cached in (lexicon.trained_pipeline, lexicon.nlp_for):
        cached.cache_clear()
    monkeypatch.setenv(lexicon.TRAINED_PIPELINES_ENV, "1")
    try:
        assert lexicon.trained_pipeline("fr") is not None
        assert "parser" in lexicon.nlp_for("fr").pipe_names
    finally:
        monkeypatch.delenv(lexicon.TRAINED_PIPELINES_ENV)
        for cached in (lexicon.trained_pipeline, lexicon.nlp_for):
            cached.cache_clear()
    assert lexicon.trained_pipeline("fr") is None


@pytest.mark.parametrize(("text", "lang", "slot"), [
    ("Norvik put $2bn into Belmar Foods.", "en", "investment"),
    ("Norvik steckt 2 Milliarden Euro in Belmar Foods.", "de", "investment"),
    ("Norvik inyectó 200 millones de euros en Belmar Foods.", "es", "investment"),
    ("Norvik a mis 2 milliards d'euros sur la table pour Belmar Foods.", "fr", "spending"),
    ("Norvik put the cost at $2bn.", "en", None),  # no particle after the amount: no claim
])
def test_a_light_verb_and_its_particle_say_what_an_amount_is(text, lang, slot):
    assert [c.attribute for c in claims(text, lang)] == ([slot] if slot else [])


@pytest.mark.parametrize(("text", "lang"), [
    ("Le forze dell'ordine hanno già arrestato 118 manifestanti.", "it"),
    ("Police have arrested 118 protesters so far.", "en"),
    ("Bisher wurden 118 Demonstranten festgenommen.", "de"),
])
def test_an_interim_count_is_a_floor(text, lang):
    [arrests] = [c for c in claims(text, lang) if c.attribute == "arrests"]
    assert (arrests.value.low, arrests.value.high, arrests.value.hedge) == (118, None, "at_least")


def test_an_interim_count_stays_a_floor_where_the_article_repeats_it():
    text = ("Manifestazioni in tutto il Paese, 118 arresti. Le forze dell'ordine hanno già "
            "arrestato 118 manifestanti.")
    assert {c.value.hedge for c in claims(text, "it") if c.attribute == "arrests"} == {"at_least"}


def test_a_number_before_a_clock_word_is_a_time_of_day():
    found = claims("Police said they had made 212 arrests by 5 p.m. on Tuesday.", "en")
    assert [c.value.point for c in found if c.attribute == "arrests"] == [212]


def test_an_option_year_widens_the_end_of_a_contract_by_one():
    """"two years with an option for a third": outlets count the option or not ("a three-year
    deal"), so the end claimed runs from the agreed year to one later."""
    (end,) = [c for c in claims("Ana Ruiz signed a two-year deal with Norvik Group with an "
                                "option for a third year.", published=date(2026, 3, 12))
              if c.attribute == "contract_end"]
    assert (end.value.point, end.value.low, end.value.high) == (2028, 2028, 2029)
    (plain,) = [c for c in claims("Ana Ruiz signed a two-year deal with Norvik Group.",
                                  published=date(2026, 3, 12)) if c.attribute == "contract_end"]
    assert plain.value.low == plain.value.high == 2028


@pytest.mark.parametrize(("text", "lang"), [
    ("In the Norvik election, Belmar won 40% of the vote. Turnout was 31% at 3 p.m.", "en"),
    ("Alle elezioni di Norvik Belmar ha ottenuto il 40% dei voti. L'affluenza era al 31% alle 12.",
     "it"),
    ("Bei der Wahl in Norvik kam Belmar auf 40 Prozent. Die Wahlbeteiligung lag um 14 Uhr bei 31 "
     "Prozent.", "de"),
])
def test_a_turnout_at_a_time_of_day_is_a_floor_of_the_final_one(text, lang):
    (turnout,) = [c for c in claims(text, lang) if c.attribute == "turnout"]
    assert turnout.value.high is None and turnout.value.low is not None
    (final,) = [c for c in claims("In the Norvik election, Belmar won 40% of the vote. Turnout "
                                  "was 31%.") if c.attribute == "turnout"]
    assert final.value.high is not None


def test_a_loss_is_a_negative_result_and_a_profit_a_positive_one():
    (loss,) = [c for c in claims("Norvik Group reported a net loss of more than $40 million "
                                 "in 2025.") if c.attribute == "profit"]
    assert loss.value.point == -40e6 and loss.value.high == -40e6 and loss.value.low is None
    (profit,) = [c for c in claims("Norvik Group reported a net profit of $40 million in 2025.")
                 if c.attribute == "profit"]
    assert profit.value.point == 40e6


def test_a_change_with_no_name_of_its_own_is_that_of_the_amount_before_it():
    text = ("Os lucros do grupo automóvel norueguês Norvik Group fixaram-se em 1.200 milhões de "
            "euros em 2025, o que representa uma descida de 12,4% face a 2024.")
    (change,) = [c for c in claims(text, "pt", date(2026, 3, 12)) if c.attribute == "growth"]
    assert change.subject == "Norvik Group" and change.value.point == 12.4



@pytest.mark.parametrize(("text", "sentences"), [
    # spaCy's German tokenizer keeps "2033." whole as an ordinal: the full stop still ends a
    # sentence before a sentence's first word, or after a year
    ("Sie bekommt einen Vertrag bis 2033. Nachdem alles klar war, unterschrieb sie.", 2),
    ("Der Umsatz stieg um 3,5. Die Zahl der Beschäftigten sank auf 1.234. Danach kam es.", 3),
    ("Das war 2024. Norvik Group wuchs weiter.", 2),
    # an ordinal before a month or a noun stays one
    ("Am 31. Mai spielt sie zum 100. Mal für den 1. FC Norvik.", 1),
])
def test_a_german_figure_and_its_full_stop_end_a_sentence(text, sentences):
    from claimcheck.lexicon import nlp_for

    assert len(list(nlp_for("de")(text).sents)) == sentences
