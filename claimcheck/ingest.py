"""Turn the paths a user gives into decoded articles in a known language; say why others are not.

A corpus is assembled by hand from many sources, so bad files are normal: each one becomes a
``Skipped`` with a one-line reason and the run goes on. Only a path that does not exist, or paths
with no article in them at all, stop the run (``InputError``): those are mistakes in the command.

Offsets computed later refer to ``Document.text``, so the text is kept as written: only a byte-order
mark, Markdown front matter and Windows line ends are removed.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from claimcheck import safe_yaml
from claimcheck.budgets import MAX_FILE_BYTES, MAX_FRONT_MATTER_BYTES, MAX_TEXT_CHARS
from claimcheck.errors import InputError
from claimcheck.lang import SUPPORTED
from claimcheck.language import detect, legacy_encodings
from claimcheck.model import Document, Skipped

#: Files larger than this are not news articles (and would make extraction crawl).
MAX_BYTES = MAX_FILE_BYTES
_MB = 1024 * 1024

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
#: Corpus configuration and metadata that live beside the articles: never articles, never listed.
CONFIG_SUFFIXES = (".yaml", ".yml", ".toml")
CONFIG_PREFIXES = ("README", "LICENSE", "LICENCE")

#: Text in which more than this share of characters are control characters is not prose.
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_FRONT_MATTER_CLOSERS = ("---", "...")


class _Skip(Exception):  # noqa: N818 - control flow, never escapes this module
    """Raised inside the reading of one file; becomes its ``Skipped`` reason."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A file found under a root, before it is read."""

    path: str  # as walked: the root as given joined with the relative path (symlinks kept)
    id: str
    root_label: str  # to disambiguate equal ids from different roots
    via_symlink: bool  # reached through a symlink: a real path to the same file is preferred


@dataclass(frozen=True, slots=True)
class _Article:
    """What a file says about itself, before the language is known."""

    text: str
    body_line: int = 1
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    date_origin: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """A file to read as one article: where it is, and the id its document gets."""

    path: str
    id: str


def ingest(
    paths: Sequence[str | os.PathLike[str]], *, follow_symlinks: bool = False
) -> tuple[list[Document], list[Skipped]]:
    """Every article under ``paths`` (files or folders, recursively), and the files not read.

    Documents are sorted by id, then path; skipped files by path. Raises ``InputError`` when a path
    does not exist, or when no file with an article extension was found under any of them.

    A symlink inside a folder that leads out of it (``x.txt -> /etc/passwd``) is skipped unless
    ``follow_symlinks``: a corpus is often written by someone else. Paths given by name are read.
    """
    files, skipped = find_articles(paths, follow_symlinks=follow_symlinks)
    documents: list[Document] = []
    for file in files:
        result = read_article(file)
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            documents.append(result)
    documents.sort(key=lambda document: (document.id, document.path))
    skipped.sort(key=lambda item: (item.path, item.reason))
    return documents, skipped


def find_articles(
    paths: Sequence[str | os.PathLike[str]], *, follow_symlinks: bool = False
) -> tuple[list[ArticleFile], list[Skipped]]:
    """The files under ``paths`` to read (one per real file, with its final id) and the files
    already known not to be read; ``read_article`` reads each, in any process and any order.

    Raises ``InputError`` as ``ingest`` does.
    """
    candidates: list[_Candidate] = []
    skipped: list[Skipped] = []
    for given in paths:
        given_path = os.fspath(given)
        if not os.path.exists(given_path):
            is_link = os.path.islink(given_path)
            reason = (_link_problem(given_path) if is_link else None) or "no such file or folder"
            raise InputError(f"{reason}: {_display_path(given_path)}")
        if os.path.isdir(given_path):
            for found in _walk(given_path, follow_symlinks):
                if isinstance(found, Skipped):
                    skipped.append(found)
                else:
                    candidates.append(found)
        else:
            candidates.append(_direct_candidate(given_path))

    articles = [c for c in candidates if _suffix(c.path) in ARTICLE_SUFFIXES]
    if not articles:
        shown = ", ".join(_display_path(os.fspath(p)) for p in paths) or "(no path given)"
        raise InputError(f"no article ({', '.join(ARTICLE_SUFFIXES)}) found in {shown}")

    unique, duplicates = _deduplicate(candidates)
    skipped.extend(duplicates)
    files = [ArticleFile(candidate.path, identifier)
             for candidate, identifier in zip(unique, _disambiguated_ids(unique), strict=True)]
    return files, skipped


# --- finding files ---------------------------------------------------------------------------


def _direct_candidate(path: str) -> _Candidate:
    parent = os.path.dirname(os.path.abspath(path))
    return _Candidate(
        path=_display_path(path),
        id=_strip_suffix(os.path.basename(path)),
        root_label=os.path.basename(parent),
        via_symlink=os.path.islink(path),
    )


def _walk(root: str, follow_symlinks: bool = False) -> Iterator[_Candidate | Skipped]:
    """Files under ``root`` in sorted order, following symlinks but never into a loop, and out
    of ``root`` only when ``follow_symlinks``.

    Real folders are walked first and symlinked folders after, so that a folder reachable both
    directly and through a link is read under its real path; each real folder is read once.
    """
    root_label = os.path.basename(os.path.normpath(os.path.abspath(root)))
    real_root = os.path.realpath(root)
    seen_folders: set[str] = {real_root}
    # (folder path as walked, relative parts, real paths of its ancestors, reached via a symlink)
    pending: list[tuple[str, tuple[str, ...], frozenset[str], bool]] = [
        (root, (), frozenset({os.path.realpath(root)}), False)
    ]
    linked: list[tuple[str, tuple[str, ...], frozenset[str]]] = []
    while pending or linked:
        if pending:
            folder, parts, ancestors, via_symlink = pending.pop(0)
        else:
            link, parts, ancestors = linked.pop(0)
            real = os.path.realpath(link)
            if real in ancestors:
                yield Skipped(_display_path(link), "symlink loop")
                continue
            if real in seen_folders:
                continue  # the same folder was (or will be) read under another path
            seen_folders.add(real)
            folder, ancestors, via_symlink = link, ancestors | {real}, True
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            yield Skipped(_display_path(folder), f"unreadable folder ({_os_reason(exc)})")
            continue
        subfolders: list[tuple[str, tuple[str, ...], frozenset[str], bool]] = []
        for entry in entries:
            if _ignored(entry.name):
                continue
            entry_parts = (*parts, entry.name)
            problem = _link_problem(entry.path) if entry.is_symlink() else None
            if problem is None and entry.is_symlink() and not follow_symlinks and not _inside(
                    os.path.realpath(entry.path), real_root):
                problem = "symlink leads out of the corpus folder (--follow-symlinks reads it)"
            if problem is not None:
                yield Skipped(_display_path(entry.path), problem)
            elif entry.is_dir(follow_symlinks=True):
                if entry.is_symlink():
                    linked.append((entry.path, entry_parts, ancestors))
                else:
                    real = os.path.realpath(entry.path)
                    seen_folders.add(real)
                    subfolders.append((entry.path, entry_parts, ancestors | {real}, via_symlink))
            else:
                yield _Candidate(
                    path=_display_path(entry.path),
                    id="/".join((*entry_parts[:-1], _strip_suffix(entry.name))),
                    root_label=root_label,
                    via_symlink=via_symlink or entry.is_symlink(),
                )
        pending[:0] = subfolders  # depth-first, in name order


def _ignored(name: str) -> bool:
    """Hidden files and the corpus's own configuration: silently not articles."""
    if name.startswith("."):
        return True
    if name.startswith(CONFIG_PREFIXES) or _strip_suffix(name).lower() in {"readme", "license"}:
        return True
    return _suffix(name) in CONFIG_SUFFIXES


def _inside(path: str, folder: str) -> bool:
    """Whether the real ``path`` is ``folder`` or lies under it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _link_problem(path: str) -> str | None:
    """Why a symlink cannot be followed, or None when it resolves."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        if exc.errno == errno.ENOENT:
            return "broken symlink"
        return f"unreadable symlink ({_os_reason(exc)})"
    return None


def _deduplicate(candidates: list[_Candidate]) -> tuple[list[_Candidate], list[Skipped]]:
    """One candidate per real file: the one reached without symlinks, else the first by id."""
    by_real: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        by_real.setdefault(os.path.realpath(candidate.path), []).append(candidate)
    unique: list[_Candidate] = []
    duplicates: list[Skipped] = []
    for group in by_real.values():
        group.sort(key=lambda c: (c.via_symlink, c.id, c.path))
        unique.append(group[0])
        duplicates.extend(
            Skipped(c.path, f"same file as {group[0].path}")
            for c in group[1:]
            if c.path != group[0].path  # the same path given twice is no news to the user
        )
    unique.sort(key=lambda c: (c.id, c.path))
    return unique, duplicates


def _disambiguated_ids(candidates: list[_Candidate]) -> list[str]:
    """Ids made unique: equal ids from different roots get their root folder's name in front."""
    counts: dict[str, int] = {}
    for candidate in candidates:
        counts[candidate.id] = counts.get(candidate.id, 0) + 1
    prefixed = [
        f"{c.root_label}/{c.id}" if counts[c.id] > 1 and c.root_label else c.id for c in candidates
    ]
    result: list[str] = []
    used: dict[str, int] = {}
    for identifier in prefixed:
        used[identifier] = used.get(identifier, 0) + 1
        result.append(identifier if used[identifier] == 1 else f"{identifier}~{used[identifier]}")
    return result


# --- reading one file ------------------------------------------------------------------------


def read_article(file: ArticleFile) -> Document | Skipped:
    """The document in one file, or why it was skipped. Never raises."""
    try:
        article = _read_article(file.path)
        language = article.language or detect(article.text)
        if language is None:
            raise _Skip("could not detect language")
        if language not in SUPPORTED:
            raise _Skip(f"unsupported language: {language}")
    except _Skip as skip:
        return Skipped(file.path, _one_line(str(skip)))
    except ImportError:
        raise  # a broken installation is not a bad file: it must not pass for one
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the run
        return Skipped(file.path, _one_line(f"could not read: {type(exc).__name__}: {exc}"))
    return Document(
        id=file.id,
        path=file.path,
        text=article.text,
        language=language,
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
        date_origin=article.date_origin,
        body_line=article.body_line,
    )


def _read_article(path: str) -> _Article:
    suffix = _suffix(path)
    if suffix not in ARTICLE_SUFFIXES:
        raise _Skip(f"unsupported file type {suffix}" if suffix else "unsupported file type")
    problem = _link_problem(path) if os.path.islink(path) else None
    if problem is not None:
        raise _Skip(problem)
    data = _read_bytes(path)
    text = _decode(data)
    if not text.strip():
        raise _Skip("empty file")
    if suffix in HTML_SUFFIXES:
        article = _html_article(text)
    elif suffix == ".md":
        article = _markdown_article(text)
    else:
        article = _Article(text=text)
    if not article.text.strip():
        raise _Skip("no article text (front matter only)" if suffix == ".md" else "empty file")
    if len(article.text) > MAX_TEXT_CHARS:
        raise _Skip(f"article text of {len(article.text):,} characters, over the budget of "
                    f"{MAX_TEXT_CHARS:,}")
    return article


def _read_bytes(path: str) -> bytes:
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            raise _Skip("not a regular file")
        if status.st_size > MAX_BYTES:
            raise _Skip(f"larger than {MAX_BYTES // _MB} MB ({_megabytes(status.st_size)} MB)")
        if status.st_size == 0:
            raise _Skip("empty file")
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _Skip(f"unreadable ({_os_reason(exc)})") from exc


def _megabytes(size: int) -> str:
    shown = f"{size / _MB:.1f}"
    return shown if float(shown) * _MB > MAX_BYTES else f"{size / _MB:.2f}"


def _decode(data: bytes) -> str:
    """The text of ``data``: UTF-8 (or another Unicode with a BOM), else a detected code page."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _normalize_newlines(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise _Skip(f"not valid {encoding} despite its byte-order mark") from exc
    if b"\x00" in data:
        raise _Skip("binary file (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _mostly_utf8(data) or _decode_legacy(data)
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise _Skip("binary file (control characters)")
    return _normalize_newlines(text)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a pasted quote in another encoding), the strays replaced.

    A legacy-encoded file almost never forms valid multi-byte UTF-8 sequences, so a text with more
    valid non-ASCII characters than invalid bytes is UTF-8; decoding it as cp1252 would garble
    every accent in it.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid_non_ascii = sum(1 for character in text if character > "\x7f") - invalid
    return text if valid_non_ascii > invalid else None


def _decode_legacy(data: bytes) -> str:
    """A non-UTF-8 file, decoded with its language's code page.

    A charset guess alone is not enough: the same Latin-1 bytes decode as cp1250 to an Italian
    text with Czech letters ("č" for "è"), and a statistical guesser may prefer that. The text's
    language survives the wrong guess, and a language has a known code page, so the guess only
    serves to find the language.
    """
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    guesses = [best.encoding] if best is not None else []
    for encoding in (*guesses, "cp1252"):
        try:
            guess = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        for legacy in legacy_encodings(detect(guess)):
            try:
                return data.decode(legacy)
            except UnicodeDecodeError:
                continue
    if best is None:
        raise _Skip("undecodable text (not UTF-8, encoding not recognised)")
    return str(best)


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- formats ---------------------------------------------------------------------------------


def _markdown_article(text: str) -> _Article:
    """A Markdown article, with its optional YAML front matter read and removed."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return _Article(text=text)
    closing = next(
        (i for i in range(1, len(lines)) if lines[i].rstrip() in _FRONT_MATTER_CLOSERS), None
    )
    if closing is None:
        raise _Skip("malformed front matter: line 1: opening --- is never closed")
    block = "\n".join(lines[1:closing])
    if len(block.encode("utf-8", errors="replace")) > MAX_FRONT_MATTER_BYTES:
        raise _Skip(f"malformed front matter: larger than {MAX_FRONT_MATTER_BYTES // 1024} KB")
    try:
        meta = safe_yaml.load(block)
    except yaml.YAMLError as exc:
        raise _Skip(f"malformed front matter: {_yaml_problem(exc)}") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _Skip(f"malformed front matter: line 2: not a mapping (a {_yaml_kind(meta)})")
    body = "\n".join(lines[closing + 1 :])
    published = _front_matter_date(meta, lines[1:closing])
    return _Article(
        text=body,
        body_line=closing + 2,
        title=_front_matter_text(meta, "title", lines[1:closing]),
        source=_front_matter_text(meta, "source", lines[1:closing]),
        url=_front_matter_text(meta, "url", lines[1:closing]),
        published=published,
        date_origin="front_matter" if published is not None else None,
        language=_front_matter_language(meta),
    )


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """'line N: problem', N counted in the file (the front matter starts on line 2)."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return problem
    return f"line {mark.line + 2}: {problem}"


def _yaml_kind(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__


def _key_line(key: str, block_lines: list[str]) -> int:
    """File line of ``key:`` in the front matter, for error messages."""
    for index, line in enumerate(block_lines):
        if line.lstrip().startswith(f"{key}:"):
            return index + 2
    return 2


_SCALARS = (str, int, float, bool, date)


def _front_matter_text(meta: dict[Any, Any], key: str, block_lines: list[str]) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, _SCALARS):  # checked before any str(): a list may be enormous
        line = _key_line(key, block_lines)
        raise _Skip(f"malformed front matter: line {line}: {key} is not text")
    shown = str(value).strip()
    return shown or None


def _front_matter_date(meta: dict[Any, Any], block_lines: list[str]) -> date | None:
    """``published`` (or ``date``) as a date; YAML parses YYYY-MM-DD itself, strings are checked."""
    key = "published" if "published" in meta else "date"
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    line = _key_line(key, block_lines)
    shown = repr(value[:40] + ("…" if len(value) > 40 else "")) if isinstance(value, str) else (
        f"a {_yaml_kind(value)}")
    raise _Skip(f"malformed front matter: line {line}: {key} is not a date (YYYY-MM-DD): {shown}")


def _front_matter_language(meta: dict[Any, Any]) -> str | None:
    """The declared language code ("it", "pt-BR" → "pt"); unsupported ones are skipped."""
    value = meta.get("language", meta.get("lang"))
    if value is None:
        return None
    if not isinstance(value, _SCALARS):  # checked before any str(): a list may be enormous
        raise _Skip(f"malformed front matter: language is not text (a {_yaml_kind(value)})")
    if str(value).strip() == "":
        return None
    code = str(value).strip().lower().replace("_", "-").split("-")[0]
    if code not in SUPPORTED:
        raise _Skip(f"unsupported language: {str(value).strip()}")
    return code


def _html_article(markup: str) -> _Article:
    """The main text of an html page, without navigation, ads and footers, and its metadata."""
    import trafilatura  # slow to import; only html corpora pay for it

    extracted = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Metadata and markup only: a date found in the prose is inferred later, and marked so.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": "2099-12-31",
        },
    )
    if extracted is None or not (extracted.text or "").strip():
        raise _Skip("no article text found in html")
    published = _html_date(extracted.date)
    return _Article(
        text=extracted.text,
        title=(extracted.title or "").strip() or None,
        source=(extracted.sitename or "").strip() or None,
        url=(extracted.url or "").strip() or None,
        published=published,
        date_origin="html" if published is not None else None,
    )


def _html_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- small helpers ---------------------------------------------------------------------------


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def _strip_suffix(name: str) -> str:
    suffix = Path(name).suffix
    return name[: -len(suffix)] if suffix and name != suffix else name


def _display_path(path: str) -> str:
    """The path relative to the current folder when it is inside it, else absolute."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:
        return absolute
    return absolute if relative.startswith("..") else relative


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()


def _one_line(reason: str) -> str:
    return " ".join(reason.split())
