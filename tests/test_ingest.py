"""Ingest: which files become documents, what each document carries, and why the others are skipped.

Every fixture is written in ``tmp_path``; the paragraphs are invented and belong to no corpus.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

import claimcheck.ingest as ingest_module
from claimcheck.api import url_date, with_inferred_date
from claimcheck.errors import InputError
from claimcheck.ingest import ingest
from claimcheck.model import Document, Skipped

ARTICLES = {
    "en": (
        "The logistics group said on Tuesday that it had agreed to buy a majority stake in a "
        "regional rail operator for about 1.2 billion euros, its largest deal in a decade.\n"
        "The chief executive told analysts that the acquisition would add to earnings.\n"
    ),
    "it": (
        "Il gruppo della logistica ha annunciato martedì di aver raggiunto un accordo per rilevare "
        "la maggioranza di un operatore ferroviario regionale per circa 1,2 miliardi di euro.\n"
        "L'amministratore delegato ha spiegato che l'acquisizione contribuirà agli utili.\n"
    ),
    "fr": (
        "Le groupe de logistique a annoncé mardi être parvenu à un accord pour racheter une "
        "participation majoritaire dans un opérateur ferroviaire régional pour 1,2 milliard "
        "d'euros.\n"
        "Le directeur général a indiqué que l'acquisition améliorerait les bénéfices.\n"
    ),
    "de": (
        "Der Logistikkonzern hat sich am Dienstag auf die Übernahme einer Mehrheitsbeteiligung an "
        "einem regionalen Bahnbetreiber für rund 1,2 Milliarden Euro geeinigt.\n"
        "Der Vorstandschef sagte, der Zukauf werde den Gewinn binnen zwei Jahren steigern.\n"
    ),
    "es": (
        "El grupo logístico anunció el martes que ha alcanzado un acuerdo para comprar una "
        "participación mayoritaria en un operador ferroviario regional por 1.200 millones de "
        "euros.\n"
        "El consejero delegado explicó que la adquisición aumentará los beneficios.\n"
    ),
    "pt": (
        "O grupo de logística anunciou na terça-feira que chegou a um acordo para comprar uma "
        "participação maioritária num operador ferroviário regional por 1,2 mil milhões de euros.\n"
        "O presidente executivo disse aos analistas que a aquisição vai aumentar os lucros.\n"
    ),
}
DUTCH = (
    "De logistieke groep maakte dinsdag bekend dat zij een akkoord heeft bereikt over de overname "
    "van een meerderheidsbelang in een regionale spoorvervoerder voor ongeveer 1,2 miljard euro.\n"
)
LATIN1_ITALIAN = (
    "La società ha chiuso l'esercizio con ricavi in crescita, perché la domanda è rimasta forte "
    "in tutte le città del Nord. Il presidente ha confermato che l'utile salirà già quest'anno.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Bahnbetreiber wechselt den Eigentümer | Wirtschaftsblatt Nord</title>
<meta property="og:title" content="Bahnbetreiber wechselt den Eigentümer">
<meta property="og:site_name" content="Wirtschaftsblatt Nord">
<meta property="article:published_time" content="2025-05-06T08:15:00+02:00">
<link rel="canonical" href="https://wirtschaftsblatt.example/unternehmen/bahnbetreiber">
</head>
<body>
<header>
  <nav><ul>
    <li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
    <li><a href="/abo">Jetzt abonnieren</a></li>
  </ul></nav>
</header>
<main><article>
  <h1>Bahnbetreiber wechselt den Eigentümer</h1>
  <p>Der Logistikkonzern hat sich am Dienstag auf die Übernahme einer Mehrheitsbeteiligung an
  einem regionalen Bahnbetreiber für rund 1,2 Milliarden Euro geeinigt. Es ist das größte
  Geschäft des Konzerns seit zehn Jahren.</p>
  <p>Der Vorstandschef sagte den Analysten, der Zukauf werde den Gewinn binnen zwei Jahren
  steigern. Die Kartellbehörden müssen noch zustimmen, der Abschluss wird im Herbst erwartet.</p>
</article></main>
<footer>
  <p>Impressum · Datenschutz · Cookie-Einstellungen</p>
  <p>© 2025 Wirtschaftsblatt Nord. Alle Rechte vorbehalten.</p>
</footer>
</body>
</html>
"""


def _front_matter(body: str, **meta: str) -> str:
    lines = [f"{key}: {value}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def _reasons(skipped: list[Skipped], root: Path) -> dict[str, str]:
    """Reasons by path relative to ``root`` (document paths are relative to the current folder)."""
    return {os.path.relpath(os.path.abspath(item.path), root): item.reason for item in skipped}


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from ``tmp_path``, so that document paths are short and relative."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def mixed_corpus(in_tmp: Path) -> Path:
    """A folder with one valid article per language and one of every kind of bad file."""
    root = in_tmp / "corpus"
    root.mkdir()
    (root / "01_en.md").write_text(
        _front_matter(
            ARTICLES["en"], title="'Rail deal'", source="Wire One", published="2025-05-06"
        ),
        encoding="utf-8",
    )
    (root / "02_it.txt").write_text(ARTICLES["it"], encoding="utf-8")
    (root / "03_fr.md").write_text(ARTICLES["fr"], encoding="utf-8")
    (root / "04_de.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "05_es.md").write_text(_front_matter(ARTICLES["es"], language="es"), encoding="utf-8")
    sub = root / "sub"
    sub.mkdir()
    (sub / "06_pt.md").write_text(ARTICLES["pt"], encoding="utf-8")
    (root / "07_latin1.txt").write_bytes(LATIN1_ITALIAN.encode("latin-1"))
    # bad files
    (root / "empty.md").write_text("", encoding="utf-8")
    (root / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02\x00\xff" * 50)
    with open(root / "huge.txt", "wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    (root / "dangling.md").symlink_to(root / "does-not-exist.md")
    (root / "loop_a.md").symlink_to(root / "loop_b.md")
    (root / "loop_b.md").symlink_to(root / "loop_a.md")
    (sub / "up").symlink_to(root, target_is_directory=True)
    (root / "bad_yaml.md").write_text("---\ntitle: one\nsource: [unclosed\n---\nText.\n")
    (root / "list_meta.md").write_text("---\n- a\n- b\n---\n" + ARTICLES["en"])
    (root / "bad_date.md").write_text(_front_matter(ARTICLES["en"], published="next Tuesday"))
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 fake")
    (root / "dutch.md").write_text(DUTCH, encoding="utf-8")
    # silently ignored
    (root / ".hidden.md").write_text(ARTICLES["en"], encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.bin").write_bytes(b"\x00")
    (root / "expected.yaml").write_text("conflicts: []\n")
    (root / "reviews.yaml").write_text("reviews: []\n")
    (root / "claimcheck.toml").write_text("[link]\n")
    (root / "README.md").write_text("# About this corpus\n")
    (root / "LICENSE").write_text("CC-BY\n")
    return root


def test_mixed_folder_returns_valid_articles_and_explains_every_skip(mixed_corpus: Path) -> None:
    documents, skipped = ingest([mixed_corpus])

    assert [d.id for d in documents] == [
        "01_en", "02_it", "03_fr", "04_de", "05_es", "07_latin1", "sub/06_pt",
    ]  # fmt: skip
    assert [d.language for d in documents] == ["en", "it", "fr", "de", "es", "it", "pt"]
    assert _reasons(skipped, mixed_corpus) == {
        "empty.md": "empty file",
        "blank.txt": "empty file",
        "binary.txt": "binary file (NUL bytes)",
        "huge.txt": "larger than 5 MB (6.0 MB)",
        "dangling.md": "broken symlink",
        "loop_a.md": "symlink loop",
        "loop_b.md": "symlink loop",
        "sub/up": "symlink loop",
        "bad_yaml.md": (
            "malformed front matter: line 3: expected ',' or ']', but got '<stream end>'"
        ),
        "list_meta.md": "malformed front matter: line 2: not a mapping (a list)",
        "bad_date.md": (
            "malformed front matter: line 2: published is not a date (YYYY-MM-DD): 'next Tuesday'"
        ),
        "notes.pdf": "unsupported file type .pdf",
        "dutch.md": "unsupported language: nl",
    }
    assert all("\n" not in item.reason for item in skipped)


def test_latin1_file_is_decoded_to_the_right_accents(mixed_corpus: Path) -> None:
    documents, _ = ingest([mixed_corpus])
    latin1 = next(d for d in documents if d.id == "07_latin1")
    for word in ("società", "perché", "è", "città", "salirà"):
        assert word in latin1.text
    assert latin1.text == LATIN1_ITALIAN


@pytest.mark.parametrize(
    ("text", "encoding", "words"),
    [
        (ARTICLES["fr"] + "Le prix : 12 € l'unité, « un succès ».\n", "cp1252", ("€", "annoncé")),
        (ARTICLES["de"], "latin-1", ("Übernahme", "geeinigt")),
        ("Perché è così? La città è più bella.\n" * 3, "latin-1", ("Perché", "città", "più")),
    ],
)
def test_legacy_code_pages_of_supported_languages(
    in_tmp: Path, text: str, encoding: str, words: tuple[str, ...]
) -> None:
    (in_tmp / "a.txt").write_bytes(text.encode(encoding))
    documents, skipped = ingest([in_tmp / "a.txt"])
    assert skipped == []
    assert documents[0].text == text
    for word in words:
        assert word in documents[0].text


def test_a_cp1250_polish_file_is_recognised_as_polish(in_tmp: Path) -> None:
    polish = (
        "Grupa logistyczna poinformowała we wtorek, że osiągnęła porozumienie w sprawie zakupu "
        "większościowego pakietu udziałów w regionalnym przewoźniku kolejowym. Źródło: spółka.\n"
    )
    (in_tmp / "pl.txt").write_bytes(polish.encode("cp1250"))
    (in_tmp / "en.txt").write_text(ARTICLES["en"])
    _, skipped = ingest([in_tmp])
    assert skipped == [Skipped("pl.txt", "unsupported language: pl")]


def test_front_matter_fields_and_body_line(mixed_corpus: Path) -> None:
    documents, _ = ingest([mixed_corpus])
    english = next(d for d in documents if d.id == "01_en")
    assert english == Document(
        id="01_en",
        path="corpus/01_en.md",
        text=ARTICLES["en"],
        language="en",
        title="Rail deal",
        source="Wire One",
        published=date(2025, 5, 6),
        date_origin="front_matter",
        body_line=6,
    )
    spanish = next(d for d in documents if d.id == "05_es")
    assert spanish.body_line == 4 and spanish.title is None and spanish.published is None
    assert spanish.date_origin is None
    plain = next(d for d in documents if d.id == "03_fr")
    assert plain.body_line == 1 and plain.text == ARTICLES["fr"]


def test_body_line_points_at_the_body_in_the_file(in_tmp: Path) -> None:
    text = "---\ntitle: A\nurl: https://example.org/a\n\npublished: 2025-01-02\n---\n\nFirst.\n"
    (in_tmp / "a.md").write_text(text.replace("First.", ARTICLES["en"]))
    document = ingest([in_tmp / "a.md"])[0][0]
    file_lines = (in_tmp / "a.md").read_text().split("\n")
    assert document.text.split("\n") == file_lines[document.body_line - 1 :]
    assert document.url == "https://example.org/a"


def test_front_matter_language_wins_and_must_be_supported(in_tmp: Path) -> None:
    # Declared Italian although the words are English: the author's declaration is trusted.
    (in_tmp / "declared.md").write_text(_front_matter(ARTICLES["en"], lang="it-IT"))
    (in_tmp / "klingon.md").write_text(_front_matter(ARTICLES["en"], language="tlh"))
    documents, skipped = ingest([in_tmp])
    assert [(d.id, d.language) for d in documents] == [("declared", "it")]
    assert skipped == [Skipped("klingon.md", "unsupported language: tlh")]


def test_unknown_front_matter_keys_stay_out_and_datetimes_become_dates(in_tmp: Path) -> None:
    body = ARTICLES["pt"]
    (in_tmp / "a.md").write_text(
        _front_matter(body, author="Someone", tags="[a, b]", published="2025-03-04T10:00:00+01:00")
    )
    document = ingest([in_tmp])[0][0]
    assert document.published == date(2025, 3, 4)
    assert document.title is None and document.source is None


def test_unclosed_front_matter_is_malformed(in_tmp: Path) -> None:
    (in_tmp / "a.md").write_text("---\ntitle: x\n" + ARTICLES["en"])
    assert ingest([in_tmp])[1] == [
        Skipped("a.md", "malformed front matter: line 1: opening --- is never closed")
    ]


def test_front_matter_only_is_not_an_article(in_tmp: Path) -> None:
    (in_tmp / "a.md").write_text("---\ntitle: x\n---\n\n")
    assert ingest([in_tmp])[1] == [Skipped("a.md", "no article text (front matter only)")]


def test_html_main_text_title_date_and_site_name(in_tmp: Path) -> None:
    (in_tmp / "page.htm").write_text(HTML_PAGE, encoding="utf-8")
    (document,), skipped = ingest([in_tmp])
    assert skipped == []
    assert document.id == "page" and document.language == "de"
    assert document.title == "Bahnbetreiber wechselt den Eigentümer"
    assert document.source == "Wirtschaftsblatt Nord"
    assert document.url == "https://wirtschaftsblatt.example/unternehmen/bahnbetreiber"
    assert document.published == date(2025, 5, 6) and document.date_origin == "html"
    assert document.body_line == 1
    assert "1,2 Milliarden Euro" in document.text
    assert "Abschluss wird im Herbst erwartet" in document.text
    for boilerplate in ("Jetzt abonnieren", "Impressum", "Alle Rechte vorbehalten"):
        assert boilerplate not in document.text


def test_html_without_article_text_is_skipped(in_tmp: Path) -> None:
    (in_tmp / "a.html").write_text("<html><head><title>Home</title></head><body></body></html>")
    (in_tmp / "b.txt").write_text(ARTICLES["en"])
    assert ingest([in_tmp])[1] == [Skipped("a.html", "no article text found in html")]


def test_bom_and_windows_line_ends_are_removed(in_tmp: Path) -> None:
    crlf = _front_matter(ARTICLES["it"], title="x").replace("\n", "\r\n")
    (in_tmp / "a.md").write_bytes(b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    (in_tmp / "b.txt").write_bytes(b"\xff\xfe" + ARTICLES["fr"].encode("utf-16-le"))
    a, b = ingest([in_tmp])[0]
    assert a.text == ARTICLES["it"] and a.title == "x" and a.body_line == 4
    assert b.text == ARTICLES["fr"] and b.language == "fr"


def test_text_without_letters_has_no_language(in_tmp: Path) -> None:
    (in_tmp / "numbers.txt").write_text("12.5 14.3 2024 - 3,4 %\n")
    assert ingest([in_tmp])[1] == [Skipped("numbers.txt", "could not detect language")]


def test_ids_are_relative_to_the_folder_given_or_the_stem_of_a_file(in_tmp: Path) -> None:
    folder = in_tmp / "stories" / "x"
    (folder / "sub").mkdir(parents=True)
    (folder / "004_abc.md").write_text(ARTICLES["en"])
    (folder / "sub" / "a.b.md").write_text(ARTICLES["it"])
    loose = in_tmp / "loose.txt"
    loose.write_text(ARTICLES["fr"])
    documents, _ = ingest([folder, loose])
    assert [(d.id, d.path) for d in documents] == [
        ("004_abc", "stories/x/004_abc.md"),
        ("loose", "loose.txt"),
        ("sub/a.b", "stories/x/sub/a.b.md"),
    ]
    # an absolute path inside the current folder is shown relative to it
    assert ingest([folder.resolve()])[0][0].path == "stories/x/004_abc.md"


def test_equal_ids_from_different_roots_are_disambiguated_deterministically(in_tmp: Path) -> None:
    for outlet, code in (("north", "en"), ("south", "it")):
        (in_tmp / outlet).mkdir()
        (in_tmp / outlet / "story.md").write_text(ARTICLES[code])
    first = ingest([in_tmp / "south", in_tmp / "north"])[0]
    second = ingest([in_tmp / "north", in_tmp / "south"])[0]
    assert [d.id for d in first] == [d.id for d in second] == ["north/story", "south/story"]
    assert [d.language for d in first] == ["en", "it"]


def test_a_file_reached_twice_is_read_once(in_tmp: Path) -> None:
    root = in_tmp / "c"
    root.mkdir()
    (root / "b_real.md").write_text(ARTICLES["es"])
    (root / "a_link.md").symlink_to(root / "b_real.md")
    documents, skipped = ingest([root, root / "b_real.md"])
    assert [d.path for d in documents] == ["c/b_real.md"]
    assert sorted(item.path for item in skipped) == ["c/a_link.md"]
    assert skipped[0].reason == "same file as c/b_real.md"


def test_symlinked_folders_are_followed_once(in_tmp: Path, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("archive")
    (outside / "old.md").write_text(ARTICLES["de"])
    root = in_tmp / "c"
    (root / "real").mkdir(parents=True)
    (root / "real" / "a.md").write_text(ARTICLES["en"])
    (root / "alias").symlink_to(root / "real", target_is_directory=True)
    (root / "archive").symlink_to(outside, target_is_directory=True)
    (root / "self").symlink_to(root, target_is_directory=True)
    documents, skipped = ingest([root], follow_symlinks=True)
    assert [d.id for d in documents] == ["archive/old", "real/a"]
    assert skipped == [Skipped("c/self", "symlink loop")]
    # Without --follow-symlinks, a link out of the corpus folder is not read.
    documents, skipped = ingest([root])
    assert [d.id for d in documents] == ["real/a"]
    assert skipped == [
        Skipped("c/archive", "symlink leads out of the corpus folder (--follow-symlinks reads it)"),
        Skipped("c/self", "symlink loop")]


def test_fifo_is_not_read(in_tmp: Path) -> None:
    os.mkfifo(in_tmp / "pipe.txt")
    (in_tmp / "a.txt").write_text(ARTICLES["en"])
    assert ingest([in_tmp])[1] == [Skipped("pipe.txt", "not a regular file")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file_by_permissions(in_tmp: Path) -> None:
    (in_tmp / "a.txt").write_text(ARTICLES["en"])
    (in_tmp / "secret.txt").write_text(ARTICLES["en"])
    (in_tmp / "secret.txt").chmod(0)
    try:
        assert ingest([in_tmp])[1] == [Skipped("secret.txt", "unreadable (permission denied)")]
    finally:
        (in_tmp / "secret.txt").chmod(0o644)


def test_unreadable_file_simulated(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (in_tmp / "a.txt").write_text(ARTICLES["en"])
    (in_tmp / "secret.txt").write_text(ARTICLES["en"])

    def refusing_open(path, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "open", refusing_open, raising=False)
    documents, skipped = ingest([in_tmp])
    assert [d.id for d in documents] == ["a"]
    assert skipped == [Skipped("secret.txt", "unreadable (permission denied)")]


def test_an_unexpected_failure_becomes_a_skip(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (in_tmp / "a.txt").write_text(ARTICLES["en"])
    (in_tmp / "b.txt").write_text(ARTICLES["it"])

    def broken_detect(text: str) -> str:
        if "logistica" in text:
            raise RuntimeError("detector exploded\non two lines")
        return "en"

    monkeypatch.setattr(ingest_module, "detect", broken_detect)
    documents, skipped = ingest([in_tmp])
    assert [d.id for d in documents] == ["a"]
    assert skipped == [
        Skipped("b.txt", "could not read: RuntimeError: detector exploded on two lines")
    ]


def test_missing_path_is_an_input_error(in_tmp: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder: nowhere"):
        ingest([in_tmp / "nowhere"])


def test_folder_without_articles_is_an_input_error(in_tmp: Path) -> None:
    (in_tmp / "empty").mkdir()
    with pytest.raises(InputError, match=r"no article \(.txt, .md, .html, .htm\) found in empty"):
        ingest([in_tmp / "empty"])
    (in_tmp / "configs").mkdir()
    (in_tmp / "configs" / "expected.yaml").write_text("x: 1\n")
    (in_tmp / "configs" / "slides.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no article"):
        ingest([in_tmp / "configs"])


def test_order_is_stable_across_runs(mixed_corpus: Path) -> None:
    assert ingest([mixed_corpus]) == ingest([mixed_corpus])


def test_utf8_with_a_stray_legacy_byte_keeps_its_accents(in_tmp: Path) -> None:
    data = ARTICLES["it"].encode("utf-8") + b"Prezzo: 12 \x80 al pezzo.\n"
    (in_tmp / "a.txt").write_bytes(data)
    (document,), skipped = ingest([in_tmp])
    assert skipped == []
    assert "martedì" in document.text and "contribuirà" in document.text
    assert "12 \ufffd al pezzo" in document.text


def test_control_characters_mean_binary(in_tmp: Path) -> None:
    (in_tmp / "a.txt").write_bytes(ARTICLES["en"].encode() + b"\x01\x02\x03\x1b" * 20)
    (in_tmp / "b.txt").write_text(ARTICLES["en"])
    assert ingest([in_tmp])[1] == [Skipped("a.txt", "binary file (control characters)")]


def test_a_symlink_loop_given_directly_is_an_input_error(in_tmp: Path) -> None:
    (in_tmp / "a.md").symlink_to(in_tmp / "b.md")
    (in_tmp / "b.md").symlink_to(in_tmp / "a.md")
    with pytest.raises(InputError, match="symlink loop: a.md"):
        ingest([in_tmp / "a.md"])
    (in_tmp / "c.md").symlink_to(in_tmp / "nowhere.md")
    with pytest.raises(InputError, match="broken symlink: c.md"):
        ingest(["c.md"])


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/world/2022/10/07/storm-hits-coast.htm", date(2022, 10, 7)),
    ("https://news.example/markets/2023/06-14-profits-fall-0-20-11110000", date(2023, 6, 14)),
    ("https://news.example/business/2021-09-13-insurer-deal-421100", date(2021, 9, 13)),
    ("https://news.example/live/storm-in-the-isles_LN-202403090031.html", date(2024, 3, 9)),
    ("https://news.example/sport/striker-record-fee_202311054417b2d0cf.html", date(2023, 11, 5)),
    ("https://news.example/world/vote-result-20220418-0725/", date(2022, 4, 18)),
    ("https://news.example/article/12345678", None),  # an id, no day
    ("https://news.example/2024/05/monthly-review", None),  # a month, no day
    ("https://news.example/a/20241301", None),  # no month 13
    ("https://news.example/id/1202412150", None),  # digits before: an id
    ("https://news.example/2024-12-1500", None),  # a separated date runs on: no day
    ("https://news.example/2022/10/07/from-2021/03/01", None),  # two days: which?
    (None, None),
])
def test_the_day_an_address_carries(url: str | None, day: date | None) -> None:
    assert url_date(url) == day


def test_an_undated_article_is_dated_by_its_address_before_its_text() -> None:
    text = "The storm reached the coast on 3 March 2024, and by 9 March 2024 it had passed."
    bare = Document(id="a", path="a.md", text=text, language="en")
    by_text = with_inferred_date(bare)
    assert (by_text.published, by_text.date_origin) == (date(2024, 3, 9), "text")
    addressed = Document(id="a", path="a.md", text=text, language="en",
                         url="https://news.example/2024/03/04/storm-reaches-coast")
    by_url = with_inferred_date(addressed)
    assert (by_url.published, by_url.date_origin) == (date(2024, 3, 4), "url")
    dated = Document(id="a", path="a.md", text=text, language="en", published=date(2024, 3, 5),
                     url="https://news.example/2024/03/04/storm-reaches-coast")
    assert with_inferred_date(dated).published == date(2024, 3, 5)
