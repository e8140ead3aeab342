"""Which language an article is written in, so that the right language data is applied to it.

The detector knows many more languages than claimcheck supports: a Dutch article must be reported
as Dutch ("unsupported language: nl"), not forced into the nearest supported language and then
mined for claims with German number words.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lingua is imported on first detection, not when claimcheck is imported
    from lingua import LanguageDetector

#: Languages the detector chooses among (lingua's ``Language`` member names): the supported ones
#: and the ones most easily mistaken for them (Romance, Germanic, Slavic, Baltic, Finno-Ugric,
#: Celtic...), plus major languages of other scripts. lingua only evaluates languages whose
#: script appears in the text, so non-Latin ones cost nothing on a Latin-script article.
CANDIDATES: tuple[str, ...] = (
    # supported
    "ENGLISH", "ITALIAN", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE",
    # Latin script, Europe
    "CATALAN", "ROMANIAN", "LATIN", "DUTCH", "AFRIKAANS", "DANISH", "SWEDISH", "BOKMAL",
    "NYNORSK", "ICELANDIC", "FINNISH", "ESTONIAN", "HUNGARIAN", "POLISH", "CZECH", "SLOVAK",
    "SLOVENE", "CROATIAN", "BOSNIAN", "LATVIAN", "LITHUANIAN", "ALBANIAN", "BASQUE", "IRISH",
    "WELSH", "TURKISH", "ESPERANTO",
    # other scripts
    "GREEK", "RUSSIAN", "UKRAINIAN", "BULGARIAN", "SERBIAN", "MACEDONIAN", "ARABIC", "HEBREW",
    "PERSIAN", "HINDI", "CHINESE", "JAPANESE", "KOREAN",
)

#: Enough text to decide; detection time grows with length and an article's opening is in the
#: article's language (a long article is not read to the end just to confirm it).
SAMPLE_CHARS = 3000

#: Below this many letters a guess is noise ("Home" alone reads as Esperanto), and such a text
#: holds no claim anyway.
MIN_LETTERS = 20

#: The legacy (pre-UTF-8) Windows code page of each language's script, for files that are not
#: UTF-8: a statistical charset guess cannot tell cp1250 from cp1252 on an Italian text (both
#: decode it, to different letters), but once the language is known its code page is.
LEGACY_ENCODINGS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        "en it fr de es pt ca nl af da sv nb nn is fi sq eu ga cy la".split(),
        ("cp1252", "latin-1"),
    ),
    **dict.fromkeys("pl cs sk sl hr bs hu ro".split(), ("cp1250", "iso8859_2")),
    **dict.fromkeys("et lv lt".split(), ("cp1257", "iso8859_13")),
    **dict.fromkeys("ru uk bg sr mk".split(), ("cp1251", "koi8_r")),
    "el": ("cp1253", "iso8859_7"),
    "tr": ("cp1254", "iso8859_9"),
}


@cache
def detector() -> LanguageDetector:
    """The detector, built once per process on first use (its models load lazily, per script)."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in; None when it cannot be told."""
    sample = _sample(text)
    if sum(character.isalpha() for character in sample) < MIN_LETTERS:
        return None
    language = detector().detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()


def legacy_encodings(code: str | None) -> tuple[str, ...]:
    """Code pages a non-UTF-8 file in language ``code`` was most likely saved in, best first."""
    if code is None:
        return ()
    return LEGACY_ENCODINGS.get(code, ())


def _sample(text: str) -> str:
    """The opening of ``text``, cut at a space so that no word is halved."""
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", SAMPLE_CHARS // 2, SAMPLE_CHARS)
    return text[: cut if cut > 0 else SAMPLE_CHARS]
