"""Language identification: the six supported languages, and others that must be told apart.

The lingua detector is cached per process, so this module builds it once for the whole session.
"""

from __future__ import annotations

import pytest

from claimcheck.lang import SUPPORTED
from claimcheck.language import LEGACY_ENCODINGS, detect, detector, legacy_encodings

PARAGRAPHS = {
    "en": (
        "The logistics group said on Tuesday that it had agreed to buy a majority stake in a "
        "regional rail operator for about 1.2 billion euros, its largest deal in a decade. The "
        "chief executive told analysts that the acquisition would add to earnings within two years."
    ),
    "it": (
        "Il gruppo della logistica ha annunciato martedì di aver raggiunto un accordo per rilevare "
        "la maggioranza di un operatore ferroviario regionale per circa 1,2 miliardi di euro, la "
        "più grande operazione degli ultimi dieci anni. L'amministratore delegato ha spiegato agli "
        "analisti che l'acquisizione contribuirà agli utili entro due anni."
    ),
    "fr": (
        "Le groupe de logistique a annoncé mardi être parvenu à un accord pour racheter une "
        "participation majoritaire dans un opérateur ferroviaire régional pour environ 1,2 "
        "milliard d'euros, sa plus grosse opération depuis dix ans. Le directeur général a "
        "indiqué aux analystes que l'acquisition améliorerait les bénéfices d'ici deux ans."
    ),
    "de": (
        "Der Logistikkonzern hat sich nach eigenen Angaben vom Dienstag mit den Eigentümern auf "
        "die Übernahme einer Mehrheitsbeteiligung an einem regionalen Bahnbetreiber für rund 1,2 "
        "Milliarden Euro geeinigt, das größte Geschäft seit zehn Jahren. Der Vorstandschef sagte "
        "den Analysten, der Zukauf werde den Gewinn binnen zwei Jahren steigern."
    ),
    "es": (
        "El grupo logístico anunció el martes que ha alcanzado un acuerdo para comprar una "
        "participación mayoritaria en un operador ferroviario regional por unos 1.200 millones "
        "de euros, su mayor operación en una década. El consejero delegado explicó a los "
        "analistas que la adquisición aumentará los beneficios en un plazo de dos años."
    ),
    "pt": (
        "O grupo de logística anunciou na terça-feira que chegou a um acordo para comprar uma "
        "participação maioritária num operador ferroviário regional por cerca de 1,2 mil milhões "
        "de euros, o maior negócio da última década. O presidente executivo disse aos analistas "
        "que a aquisição vai aumentar os lucros dentro de dois anos."
    ),
}

UNSUPPORTED = {
    "nl": (
        "De logistieke groep maakte dinsdag bekend dat zij een akkoord heeft bereikt over de "
        "overname van een meerderheidsbelang in een regionale spoorvervoerder voor ongeveer 1,2 "
        "miljard euro, de grootste transactie in tien jaar. De topman zei tegen analisten dat de "
        "overname binnen twee jaar bijdraagt aan de winst."
    ),
    "pl": (
        "Grupa logistyczna poinformowała we wtorek, że osiągnęła porozumienie w sprawie zakupu "
        "większościowego pakietu udziałów w regionalnym przewoźniku kolejowym za około 1,2 mld "
        "euro, co jest jej największą transakcją od dekady. Prezes powiedział analitykom, że "
        "przejęcie zwiększy zyski w ciągu dwóch lat."
    ),
    "sv": (
        "Logistikkoncernen meddelade på tisdagen att den har kommit överens om att köpa en "
        "majoritetsandel i en regional järnvägsoperatör för omkring 1,2 miljarder euro, koncernens "
        "största affär på ett decennium. Vd sa till analytiker att förvärvet kommer att öka "
        "vinsten inom två år."
    ),
    "ca": (
        "El grup logístic va anunciar dimarts que ha arribat a un acord per comprar una "
        "participació majoritària en un operador ferroviari regional per uns 1.200 milions "
        "d'euros, la seva operació més gran en una dècada. El conseller delegat va explicar als "
        "analistes que l'adquisició augmentarà els beneficis d'aquí a dos anys."
    ),
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_each_supported_language_is_detected(code: str) -> None:
    assert detect(PARAGRAPHS[code]) == code


@pytest.mark.parametrize("code", sorted(UNSUPPORTED))
def test_unsupported_languages_are_named_not_forced_into_a_supported_one(code: str) -> None:
    assert detect(UNSUPPORTED[code]) == code
    assert code not in SUPPORTED


def test_text_without_letters_has_no_language() -> None:
    assert detect("") is None
    assert detect("12.5 - 2024 / 3,4 %") is None
    assert detect("Home") is None  # too short to tell


def test_a_long_article_is_judged_by_its_opening() -> None:
    long_text = " ".join([PARAGRAPHS["it"]] * 100)
    assert len(long_text) > 20_000
    assert detect(long_text) == "it"


def test_detector_is_built_once() -> None:
    assert detector() is detector()


def test_every_supported_language_has_a_legacy_code_page() -> None:
    for code in SUPPORTED:
        assert legacy_encodings(code)[0] == "cp1252"
    assert legacy_encodings("pl")[0] == "cp1250"
    assert legacy_encodings(None) == ()
    assert legacy_encodings("xx") == ()
    for encodings in LEGACY_ENCODINGS.values():
        for encoding in encodings:
            "test".encode(encoding)  # every listed codec exists
