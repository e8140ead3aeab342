"""The per-language cue lexicons: every file loads, keeps to the schema, and its PhraseMatcher
finds the cues a realistic sentence carries (and not the ones a look-alike word would fake)."""

from __future__ import annotations

import pytest

from claimcheck.lang import SUPPORTED, load
from claimcheck.lexicon import lexicon
from claimcheck.slots import DEAL_TYPES, PENDING_TRIGGERS, SLOTS

LANGUAGES = ("it", "fr", "de", "en", "es", "pt")
#: Sections of claims.yaml that every language fills (capitalized_nouns is optional).
SECTIONS = ("slots", "deal_types", "stake_words", "modality", "anaphora", "agent_prepositions",
            "non_target_prepositions", "linking_words", "genitive_prepositions", "count_nouns",
            "roles", "relations", "not_names")
MODALITIES = {"reported", "forecast", "hypothetical", "condition", "negation", "speech"}
ROLES = {"ceo", "interim_ceo", "founder", "chair"}
RELATIONS = {"continues", "ends"}
#: Sections compared against one token at a time (the word before an entity, a linking word).
SINGLE_TOKEN_SECTIONS = ("agent_prepositions", "non_target_prepositions", "linking_words",
                         "genitive_prepositions", "count_nouns")


def cues(lang: str, text: str) -> set[str]:
    """Every "category:label" the language's matcher finds in ``text``."""
    lex = lexicon(lang)
    doc = lex.nlp(text)
    return {lex.nlp.vocab.strings[match_id] for match_id, _, _ in lex.matcher(doc)}


def entries(lang: str) -> list[tuple[str, str, object]]:
    """(section, label, entry) for every entry of a language's file."""
    found = []
    for section, content in load(lang, "claims").items():
        if isinstance(content, dict):
            found += [(section, label, w) for label, words in content.items() for w in words or []]
        elif isinstance(content, list):
            found += [(section, "", w) for w in content]
    return found


# -- schema ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_loads_and_has_every_section(lang):
    data = load(lang, "claims")
    assert lexicon(lang).lang == lang
    assert [s for s in SECTIONS if not data.get(s)] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labels_come_from_the_shared_vocabulary(lang):
    data = load(lang, "claims")
    assert set(data["slots"]) <= set(SLOTS)
    assert set(data["deal_types"]) <= set(DEAL_TYPES)
    assert set(data["modality"]) == MODALITIES
    assert set(data["roles"]) == ROLES
    assert set(data["relations"]) == RELATIONS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_slot_has_triggers(lang):
    """Only the slots found from other cues (age: "52-year-old"; role, deal_type,
    relationship: their own sections) may go without trigger words."""
    data = load(lang, "claims")
    without_triggers = {"age", "role", "deal_type", "relationship"} | PENDING_TRIGGERS
    assert set(SLOTS) - without_triggers - set(data["slots"]) == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_entries_are_lowercase_strings(lang):
    """YAML reads a bare no/yes/on/off as a boolean: such entries must be quoted."""
    bad = [(section, label, word) for section, label, word in entries(lang)
           if not isinstance(word, str)
           or (section not in ("not_names", "name_infixes") and word != word.lower())]
    assert bad == []


@pytest.mark.parametrize("lang", [
    "fr", "en", "es", "pt", "it", "de",
])
def test_single_token_sections_hold_single_words(lang):
    bad = [(section, word) for section, _, word in entries(lang)
           if section in SINGLE_TOKEN_SECTIONS and " " in word]
    assert bad == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_is_listed_twice_under_one_label(lang):
    seen: set[tuple[str, str, object]] = set()
    twice = []
    for entry in entries(lang):
        if entry in seen:
            twice.append(entry)
        seen.add(entry)
    assert twice == []


# -- cues in sentences ----------------------------------------------------------------------
# (lang, sentence, cues that must be found, cues that must not be found)

CASES = [
    # Italian
    ("it", "Il gruppo ha registrato un fatturato di 2,4 miliardi di euro nel 2023.",
     {"slots:revenue", "anaphora:all"}, set()),
    ("it", "L'azienda ha acquisito il 51% di Orbea per 300 milioni.",
     {"slots:deal_value", "deal_types:acquisition", "anaphora:all"}, set()),
    ("it", "Secondo fonti vicine al dossier, la società potrebbe chiudere l'accordo.",
     {"modality:reported", "modality:hypothetical", "anaphora:all"}, set()),
    ("it", "Nell'incidente sono morti 9 passeggeri e 14 sono rimasti feriti.",
     {"slots:deaths", "slots:passengers", "slots:injured"}, set()),
    ("it", "L'operazione non comprende una quota di minoranza senza diritto di voto.",
     {"modality:negation", "deal_types:minority_stake", "stake_words:all"}, set()),
    ("it", "L'amministratore delegato ad interim è stato nominato ieri.",
     {"roles:interim_ceo", "roles:ceo"}, set()),
    ("it", "La banca continuerà a lavorare con il fornitore.", {"relations:continues"}, set()),
    ("it", "La startup, fondata nel 2015, ha raccolto 40 milioni.",
     {"slots:founded", "slots:funding", "anaphora:all"}, set()),
    ("it", "Se l'antitrust approverà, la fusione si chiuderà entro marzo.",
     {"modality:condition", "deal_types:merger"}, set()),
    # French
    ("fr", "Le groupe a réalisé un chiffre d'affaires de 3,1 milliards d'euros.",
     {"slots:revenue", "anaphora:all"}, set()),
    ("fr", "Selon des sources internes, la société prévoit une hausse de 8 %.",
     {"modality:reported", "modality:forecast", "slots:growth"}, set()),
    ("fr", "Le rachat de Valmor a été finalisé en juin.",
     {"deal_types:acquisition", "slots:deal_value", "slots:completed"}, set()),
    ("fr", "L'accident a fait 7 morts et 22 blessés.", {"slots:deaths", "slots:injured"}, set()),
    ("fr", "Il s'agit d'une participation minoritaire sans droit de vote de 20 %.",
     {"deal_types:minority_stake", "stake_words:all"}, set()),
    ("fr", "Le directeur général par intérim a démenti toute cession.",
     {"roles:interim_ceo", "modality:negation"}, set()),
    ("fr", "Le transporteur met fin à son partenariat avec l'assureur.",
     {"relations:ends", "deal_types:partnership"}, set()),
    ("fr", "Si la Commission donne son feu vert, l'opération pourrait être bouclée.",
     {"modality:condition", "modality:hypothetical", "slots:completed"}, set()),
    ("fr", "Le groupe n'a rien payé.", {"modality:negation"}, set()),
    ("fr", "La start-up a bouclé un tour de table de 15 millions d'euros.",
                 {"slots:funding"}, {"modality:forecast"}),
    ("fr", "Au total, 12 personnes sont mortes dans le naufrage.",
                 {"slots:deaths"}, {"slots:employees"}),
    # German
    ("de", "Der Konzern steigerte seinen Umsatz im Jahr 2023 auf 4,2 Milliarden Euro.",
     {"slots:revenue", "anaphora:all"}, set()),
    ("de", "Laut Insidern könnte die Übernahme noch scheitern.",
     {"modality:reported", "modality:hypothetical", "deal_types:acquisition"}, set()),
    ("de", "Bei dem Unglück kamen 11 Menschen ums Leben, 30 wurden verletzt.",
     {"slots:deaths", "slots:injured"}, set()),
    ("de", "Das Unternehmen erwirbt eine Minderheitsbeteiligung ohne Stimmrecht.",
     {"deal_types:minority_stake", "deal_types:acquisition", "anaphora:all"}, set()),
    ("de", "Der Vorstandschef dementiert, dass Stellen abgebaut werden.",
     {"roles:ceo", "modality:negation", "slots:layoffs"}, set()),
    ("de", "Der Autobauer trennt sich von seinem Zulieferer.", {"relations:ends"}, set()),
    ("de", "Die Firma wurde 1998 gegründet und hat 900 Mitarbeiter.",
     {"slots:founded", "slots:employees", "anaphora:all"}, set()),
    ("de", "Falls die Behörden zustimmen, wird die Fusion im Herbst vollzogen.",
     {"modality:condition", "deal_types:merger", "slots:completed"}, set()),
    # English
    ("en", "The company reported revenue of $2.4 billion in 2023, up 12% from a year earlier.",
     {"slots:revenue", "slots:growth", "anaphora:all"}, set()),
    ("en", "Orbital agreed to buy a 60% stake in Keller for $1.1bn.",
     {"deal_types:acquisition", "slots:deal_value", "slots:stake", "stake_words:all"}, set()),
    ("en", "People familiar with the matter said the firm could raise $500m.",
     {"modality:reported", "modality:hypothetical", "slots:funding", "anaphora:all"}, set()),
    ("en", "At least 23 people were killed and 40 injured when the bridge collapsed.",
     {"slots:deaths", "slots:injured", "slots:occurred"}, set()),
    ("en", "The death toll rose to 31, with 12 passengers and two crew members still missing.",
     {"slots:deaths", "slots:passengers", "slots:crew", "slots:missing"}, set()),
    ("en", "The insurer didn't pay the claim, officials denied.",
     {"modality:negation", "slots:spending", "anaphora:all"}, set()),
    ("en", "It is a minority stake without voting rights.",
     {"deal_types:minority_stake", "stake_words:all"}, set()),
    ("en", "Its co-founder, 45, was named interim chief executive in March.",
     {"roles:founder", "roles:interim_ceo"}, {"modality:hypothetical"}),
    ("en", "The carrier will keep working with the airport, but the lender cut ties with it.",
     {"relations:continues", "relations:ends", "anaphora:all"}, set()),
    ("en", "The deal is expected to close in May if regulators approve it.",
     {"modality:forecast", "modality:condition", "slots:completed"},
     {"modality:hypothetical"}),
    ("en", "Revenue may fall to $3bn, the group said in its guidance.",
     {"modality:hypothetical", "modality:forecast", "slots:revenue"}, set()),
    ("en", "The startup, founded in 2016, employs about 800 people.",
     {"slots:founded", "slots:employees", "anaphora:all"}, set()),
    ("en", "Shares of the company's rival rose on Monday.",
     {"slots:growth", "anaphora:all"}, {"slots:stake"}),
    # Spanish
    ("es", "La compañía facturó 1.250 millones de euros el año pasado, un 9% más que en 2023.",
     {"slots:revenue", "slots:growth", "anaphora:all"}, set()),
    ("es", "El grupo ha acordado la compra del 60% del capital de la firma.",
     {"deal_types:acquisition", "slots:deal_value", "slots:stake", "stake_words:all",
      "anaphora:all"}, set()),
    ("es", "Según fuentes cercanas a la operación, la empresa podría pagar 400 millones.",
     {"modality:reported", "modality:hypothetical", "slots:spending", "anaphora:all"}, set()),
    ("es", "Murieron 14 personas y otras 30 resultaron heridas en el accidente.",
     {"slots:deaths", "slots:injured"}, set()),
    ("es", "A bordo viajaban 96 pasajeros y cinco tripulantes; siguen desaparecidos 8.",
     {"slots:passengers", "slots:crew", "slots:missing"}, set()),
    ("es", "La empresa no pagó la multa de 3 millones.",
     {"modality:negation", "slots:spending", "slots:fine"}, set()),
    ("es", "Se trata de una participación minoritaria sin derecho a voto.",
     {"deal_types:minority_stake", "stake_words:all"}, set()),
    ("es", "La consejera delegada interina, de 48 años, es cofundadora de la startup.",
     {"roles:interim_ceo", "roles:founder", "anaphora:all"}, set()),
    ("es", "El fabricante seguirá trabajando con el proveedor, pero rompe con la distribuidora.",
     {"relations:continues", "relations:ends"}, set()),
    ("es", "Si Bruselas da su visto bueno, la operación se cerrará previsiblemente en junio.",
     {"modality:condition", "modality:forecast", "slots:completed"}, set()),
    ("es", "La empresa, fundada en 1987, emplea a 1.300 trabajadores en EE.UU.",
     {"slots:founded", "slots:employees", "anaphora:all"}, set()),
    # Portuguese
    ("pt", "A empresa faturou 720 milhões de euros em 2024, mais 11% do que no ano anterior.",
     {"slots:revenue", "anaphora:all"}, {"modality:negation"}),
    ("pt", "O grupo comprou uma participação minoritária de 25% na rival.",
     {"deal_types:acquisition", "deal_types:minority_stake", "slots:stake", "stake_words:all",
      "anaphora:all"}, set()),
    ("pt", "Segundo o jornal, a companhia poderia investir 2 mil milhões de reais.",
     {"modality:reported", "modality:hypothetical", "slots:investment", "anaphora:all"}, set()),
    ("pt", "O lucro do segundo trimestre subiu 4%.",
     {"slots:profit", "slots:growth"}, {"modality:reported"}),
    ("pt", "O naufrágio deixou 9 mortos, 17 feridos e 5 desaparecidos.",
     {"slots:deaths", "slots:injured", "slots:missing"}, set()),
    ("pt", "A balsa levava 88 passageiros e quatro tripulantes quando virou.",
     {"slots:passengers", "slots:crew", "slots:occurred"}, set()),
    ("pt", "A empresa não pagou a multa, segundo a agência reguladora.",
     {"modality:negation", "slots:spending", "slots:fine", "modality:reported"}, set()),
    ("pt", "A companhia tornou-se líder e se comprometeu a manter o emprego.",
     {"anaphora:all"}, {"modality:condition"}),
    ("pt", "O presidente executivo interino, de 57 anos, é cofundador da startup.",
     {"roles:interim_ceo", "roles:founder", "anaphora:all"}, set()),
    ("pt", "O governo rompeu o contrato com a operadora e continuará a trabalhar com a rival.",
     {"relations:ends", "relations:continues"}, set()),
    ("pt", "Se a operação for aprovada, a conclusão está prevista para julho.",
     {"modality:condition", "modality:forecast", "slots:completed"}, set()),
    ("pt", "A Valmor, fundada em 1992, emprega 640 trabalhadores no Brasil.",
     {"slots:founded", "slots:employees"}, set()),
]


def _case_id(case) -> str:
    values = case.values if hasattr(case, "values") else case
    return f"{values[0]}:{values[1][:40]}"


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES,
                         ids=[_case_id(c) for c in CASES])
def test_matcher_finds_the_cues_of_a_sentence(lang, text, present, absent):
    found = cues(lang, text)
    assert present - found == set()
    assert absent & found == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_at_least_eight_sentences(lang):
    count = sum(1 for c in CASES if (c.values if hasattr(c, "values") else c)[0] == lang)
    assert count >= 8


@pytest.mark.parametrize(("lang", "word"), [
    ("en", "Monday"), ("en", "CEO"), ("en", "AI"), ("es", "EE.UU."), ("es", "IA"),
    ("pt", "IA"), ("it", "IA"), ("fr", "PDG"), ("de", "KI"),
])
def test_not_names_are_cue_words(lang, word):
    """A capitalized abbreviation or weekday is never taken for an entity's name."""
    assert word.lower() in lexicon(lang).cue_words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pending_slots_have_no_triggers_yet(lang):
    """PENDING_TRIGGERS lists exactly the slots still without words: once a language gives a
    slot its triggers, the slot leaves the list (and must then have them in every language)."""
    assert not PENDING_TRIGGERS & set(load(lang, "claims")["slots"])


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_lemma_table_is_up_to_date_with_the_language_data(lang):
    # A run reads lemmas.json, not simplemma; after a change to the language data, rebuild it
    # with `python scripts/build_lemmas.py`.
    import json
    import sys
    from importlib import resources
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from build_lemmas import table

    shipped = json.loads(resources.files("claimcheck.lang").joinpath(lang, "lemmas.json")
                         .read_text(encoding="utf-8"))["lemmas"]
    assert shipped == table(lang)


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("raccolto", "it", "raccogliere"), ("angariou", "pt", "angariar"), ("brought", "en", "bring"),
    ("multas", "es", "multa"),
    ("hacerse", "es", "hacer"), ("haciéndose", "es", "hacer"), ("mettersi", "it", "mettere"),
    # no verb before what looks like a pronoun
    ("muerte", "es", "muerte"), ("fuerte", "es", "fuerte"),
])
def test_lemmas_meet_the_data_words_in_every_inflection(word, lang, expected):
    from claimcheck.lemmas import full_lemma, lemma

    assert lemma(word, lang) == expected
    if lang != "es" or word not in ("hacerse", "haciéndose"):
        assert full_lemma(word, lang) == expected  # the table agrees with simplemma
