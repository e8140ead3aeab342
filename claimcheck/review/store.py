"""Review decisions: a plain, diffable ``reviews.yaml`` in the corpus folder, keyed by conflict id.

A conflict's id is stable across runs, a claim's is not, so a decision keys on the conflict id and
keeps a *snapshot* of what the reviewer saw (each side's value, its documents and the words the
articles used). When a later run shows the same conflict with other values or documents, the
decision no longer covers it: its status becomes ``changed`` and it needs review again.

The file is only ever replaced atomically (temp file in the same folder, fsync, os.replace) under
an exclusive ``flock`` held for the whole read-modify-write, so two runs at once never lose a
decision and a crash never leaves half a file. A file that does not parse is reported with its line
and never overwritten. The file is edited in place: a decision changes its own lines and nothing
else, so comments and keys written by hand stay, even inside a decision it rewrites
(``rewritten``); it keeps its mode, and a symlink stays a symlink.
"""

from __future__ import annotations

import contextlib
import fcntl
import operator
import os
import re
import stat
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from claimcheck.budgets import LOCK_TIMEOUT_SECONDS, MAX_REVIEWS_BYTES
from claimcheck.errors import DataError
from claimcheck.model import Conflict, Report
from claimcheck.review import blockyaml
from claimcheck.review.blockyaml import LineDict
from claimcheck.safe_yaml import ALIAS_PROBLEM, NoAliasLoader

REVIEWS_NAME = "reviews.yaml"
LOCK_NAME = ".reviews.yaml.lock"
FILE_VERSION = 1

#: Statuses a reviewer can set.
DECISION_STATUSES = ("confirmed", "dismissed", "resolved", "waived")
#: Every status a conflict can have in a run: no decision, a decision, or an outdated decision.
REVIEW_STATUSES = ("open", "changed", *DECISION_STATUSES)
#: Decisions that say "this conflict is real": if it stops appearing, extraction regressed.
EXPECTED_TO_PERSIST = frozenset({"confirmed", "resolved"})

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class SideSnapshot:
    """One side of a conflict as the reviewer saw it: its value, documents and the words used."""

    value: str
    documents: tuple[str, ...]
    quotes: tuple[str, ...] = ()

    def key(self) -> tuple[str, tuple[str, ...]]:
        """What must stay equal for a decision to still cover the conflict (quotes may reword)."""
        return (self.value, self.documents)


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's verdict on one conflict, with the context needed to name it if it vanishes."""

    id: str
    status: str
    sides: tuple[SideSnapshot, ...]
    note: str = ""
    who: str = ""
    when: str = ""
    value: str | None = None  # the correct value, for ``resolved``
    kind: str = ""
    subject: str = ""
    attribute: str = ""
    period: str | None = None
    severity: str = "low"
    line: int = 0  # where it was read from in reviews.yaml, for messages and CI annotations


@dataclass(frozen=True, slots=True)
class ReviewState:
    """A conflict's review status in this run, and why when it is ``changed``."""

    status: str
    decision: Decision | None = None
    change: str = ""


@dataclass(slots=True)
class Decisions:
    """The decisions of one corpus, by conflict id."""

    path: Path
    by_id: dict[str, Decision] = field(default_factory=dict)
    source: str | None = None  # the file's text, None when there is no file
    data: Any = None  # what the file holds, unknown keys included (see ``data_read``)
    block_style: bool = False  # read by blockyaml: every key's lines are known
    #: False when the decisions were read by the fast reader of claimcheck's own layout, which
    #: builds no ``data`` (read when a rewrite needs it, ``_with_data``) but its ``layout``.
    data_read: bool = True
    layout: _Layout | None = None  # where each decision is: what a rewrite in place needs

    def get(self, conflict_id: str) -> Decision | None:
        return self.by_id.get(conflict_id)


@dataclass(slots=True)
class _Layout:
    """Where the decisions stand in a block-style file: what rewriting one in place needs."""

    decisions: tuple[int, int] | None  # the lines (0-based) of ``decisions:`` and its block
    # (to its last line of content)
    spans: dict[str, tuple[int, int]]  # each decision's first and last line, by id
    kept: dict[str, Any]  # each decision's data, for the keys claimcheck does not write
    indent: int = 2  # of the ids


def _layout_of(loaded: Decisions) -> _Layout | None:
    """The layout of a block-style file: read with it, or from its data; None when
    ``decisions`` holds something a rewrite in place cannot work on."""
    if loaded.layout is not None:
        return loaded.layout
    data = loaded.data
    if not isinstance(data, LineDict):
        return None
    entries = data.get("decisions")
    if isinstance(entries, LineDict) and entries.spans:
        return _Layout(data.spans.get("decisions"),
                       {str(key): span for key, span in entries.spans.items()},
                       {str(key): value for key, value in entries.items()}, entries.indent)
    if entries is None or entries == {}:
        return _Layout(data.spans.get("decisions"), {}, {})
    return None


# --------------------------------------------------------------------------- snapshots


def snapshot(conflict: Conflict, report: Report) -> tuple[SideSnapshot, ...]:
    """The sides of ``conflict`` as values, documents and quotes: nothing that names a claim id."""
    claims = {claim.id: claim for claim in report.claims}
    sides = []
    for side in conflict.sides:
        found = [claims[c] for c in side.claims if c in claims]
        documents = tuple(sorted({claim.document for claim in found}))
        quotes = tuple(sorted({claim.value.text for claim in found if claim.value.text}))
        sides.append(SideSnapshot(value=side.value, documents=documents, quotes=quotes))
    return tuple(sorted(sides, key=SideSnapshot.key))


def describe_change(old: tuple[SideSnapshot, ...], new: tuple[SideSnapshot, ...]) -> str:
    """One line saying what differs between the reviewed sides and today's, for the reviewer."""
    old_by_value = {side.value: side for side in old}
    new_by_value = {side.value: side for side in new}
    parts = []
    for value in sorted(new_by_value.keys() - old_by_value.keys()):
        parts.append(f"new side {value} ({', '.join(new_by_value[value].documents)})")
    for value in sorted(old_by_value.keys() - new_by_value.keys()):
        parts.append(f"side {value} gone")
    for value in sorted(old_by_value.keys() & new_by_value.keys()):
        before = set(old_by_value[value].documents)
        after = set(new_by_value[value].documents)
        if after - before:
            parts.append(f"{value}: +{', '.join(sorted(after - before))}")
        if before - after:
            parts.append(f"{value}: -{', '.join(sorted(before - after))}")
    return "; ".join(parts) or "sides changed"


def review_state(conflict: Conflict, report: Report, decisions: Decisions) -> ReviewState:
    """``open`` without a decision, ``changed`` when the sides moved since it, else its status."""
    decision = decisions.get(conflict.id)
    if decision is None:
        return ReviewState("open")
    current = snapshot(conflict, report)
    if [s.key() for s in current] != [s.key() for s in decision.sides]:
        return ReviewState("changed", decision, describe_change(decision.sides, current))
    return ReviewState(decision.status, decision)


def review_states(report: Report, decisions: Decisions) -> dict[str, ReviewState]:
    """Every conflict's review state, by conflict id."""
    return {c.id: review_state(c, report, decisions) for c in report.conflicts}


def vanished(report: Report, decisions: Decisions) -> list[Decision]:
    """Confirmed (or resolved) conflicts this run no longer finds: the extraction regressed."""
    present = {conflict.id for conflict in report.conflicts}
    return [
        decision for conflict_id, decision in sorted(decisions.by_id.items())
        if conflict_id not in present and decision.status in EXPECTED_TO_PERSIST
    ]


def make_decision(
    conflict: Conflict,
    report: Report,
    status: str,
    *,
    note: str = "",
    value: str | None = None,
    who: str | None = None,
    clock: Clock | None = None,
) -> Decision:
    """A decision on ``conflict`` now, by ``who``, snapshotting its sides."""
    if status not in DECISION_STATUSES:
        raise DataError(f"unknown review status {status!r}; one of {', '.join(DECISION_STATUSES)}")
    if status == "resolved" and not value:
        raise DataError("a resolved conflict needs the correct value (--value)")
    now = (clock or _utc_now)()
    return Decision(
        id=conflict.id,
        status=status,
        sides=snapshot(conflict, report),
        note=note,
        who=who if who is not None else default_reviewer(),
        when=now.isoformat(timespec="seconds"),
        value=value if status == "resolved" else None,
        kind=conflict.kind,
        subject=conflict.subject,
        attribute=conflict.attribute,
        period=conflict.period,
        severity=conflict.severity,
    )


def _utc_now() -> datetime:
    return datetime.now(UTC)


def default_reviewer() -> str:
    """``git config user.name``, else $USER, else "unknown": who to credit without asking."""
    try:
        done = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        )
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


# --------------------------------------------------------------------------- the file


def reviews_path(corpus: str | os.PathLike[str]) -> Path:
    """Where a corpus keeps its decisions: ``reviews.yaml`` in its folder (or beside a file)."""
    folder = Path(corpus)
    if not folder.is_dir():
        folder = folder.parent
    return folder / REVIEWS_NAME


class _LineLoader(NoAliasLoader):
    """PyYAML's reading, for a file beyond the block subset ``blockyaml`` reads: anchors and
    aliases refused, a key written twice refused, and each key's line remembered."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in mapping
        except TypeError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain value", key_node.start_mark) from exc
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"{_shown(key)} is written twice (first on line "
                f"{mapping.key_lines.get(str(key), 0)}); keep one", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[str(key)] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping  # type: ignore[arg-type]
)
_LineDict = LineDict  # the name older callers import


def load_decisions(path: str | os.PathLike[str]) -> Decisions:
    """The decisions in ``path``; none when it does not exist. DataError names file and line.

    A file laid out as claimcheck writes it (comments and hand-edited decisions allowed) is read
    by ``_read_own_layout``: 10,000 decisions in about a quarter of a second. Any other file in
    block style is read by ``blockyaml`` and ``_parse``, any other YAML by PyYAML; both report
    what is wrong with its line. Anchors and aliases, a key written twice and a file over
    ``MAX_REVIEWS_BYTES`` are refused by all three.
    """
    path = Path(path)
    source = _read_source(path)
    if source is None:
        return Decisions(path)
    own = _read_own_layout(source, path)
    if own is not None:
        return Decisions(path, own[0], source=source, block_style=True, data_read=False,
                         layout=own[1])
    data, block_style = _load_data(source, path)
    if data is None:
        return Decisions(path, source=source, block_style=block_style)
    return Decisions(path, _parse(data, path), source=source, data=data, block_style=block_style)


def _read_source(path: Path) -> str | None:
    try:
        size = os.stat(path).st_size
        if size > MAX_REVIEWS_BYTES:
            raise DataError(f"{path}: larger than {MAX_REVIEWS_BYTES // 2**20} MB; "
                            "not a decisions file claimcheck can read")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_REVIEWS_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise DataError(f"{path}:{line}: not UTF-8 text; fix it by hand") from exc


def _load_data(source: str, path: Path) -> tuple[Any, bool]:
    """The file's data, and whether it was read as block-style YAML (with line spans)."""
    try:
        return blockyaml.parse(source), True
    except blockyaml.Unsupported:
        pass
    except blockyaml.AliasFound as exc:
        raise DataError(f"{path}:{exc.line}: {ALIAS_PROBLEM}; fix it by hand") from exc
    except blockyaml.DuplicateKey as exc:
        raise DataError(f"{path}:{exc.line}: {_shown(exc.key)} is written twice (first on line "
                        f"{exc.first_line}); keep one") from exc
    try:
        return yaml.load(source, Loader=_LineLoader), False  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"{where}: not valid YAML ({problem}); fix it by hand") from exc


_TEXT_TYPES = (str, int, float, bool, date)
_ONLY_STR = frozenset({str})
_NO_LINES: dict[str, int] = {}


def _shown(value: Any) -> str:
    """A value for an error message: short, and never the repr of a huge structure."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _parse(data: Any, path: Path) -> dict[str, Decision]:
    """The decisions in the file's data, checked: a DataError names the line of what is wrong."""
    if not isinstance(data, LineDict):
        raise _fail(path, 1, "expected a mapping with 'version' and 'decisions'")
    version = data.get("version", FILE_VERSION)
    if version != FILE_VERSION:
        raise _fail(path, data.key_lines.get("version", 1),
                    f"unsupported version {_shown(version)}")
    entries = data.get("decisions")
    if entries is None:
        return {}
    if not isinstance(entries, LineDict):
        raise _fail(path, data.key_lines.get("decisions", 1), "'decisions' must map conflict ids")
    line_of = entries.key_lines.get
    return {str(conflict_id): _decision(conflict_id, entry, line_of(str(conflict_id), 1), path)
            for conflict_id, entry in entries.items()}


def _decision(conflict_id: Any, entry: Any, line: int, path: Path) -> Decision:
    """The decision written under ``conflict_id`` (on ``line``), checked."""
    if not isinstance(conflict_id, _TEXT_TYPES):
        raise _fail(path, line, "a conflict id must be text")
    if not isinstance(entry, LineDict):
        raise _fail(path, line, f"decision {_shown(conflict_id)} must be a mapping")
    status = entry.get("status")
    if status not in DECISION_STATUSES:  # a str, or no match: nothing large is printed
        raise _fail(path, entry.key_lines.get("status", line),
                    f"status {_shown(status)} of {_shown(conflict_id)} is not one of "
                    + ", ".join(DECISION_STATUSES))
    if status == "resolved" and not entry.get("value"):
        raise _fail(path, line, f"resolved decision {_shown(conflict_id)} needs a 'value'")
    raw_sides = entry.get("sides") or []
    if not isinstance(raw_sides, list) or not all(isinstance(s, dict) for s in raw_sides):
        raise _fail(path, entry.key_lines.get("sides", line), "'sides' must be a list of mappings")
    sides = []
    for side in raw_sides:
        lines = getattr(side, "key_lines", _NO_LINES)
        sides.append(SideSnapshot(
            value=_text_of(side, "value", lines, line, "a side's 'value'", path),
            documents=tuple(sorted(_texts(side.get("documents"), lines.get("documents", line),
                                          "'documents'", path))),
            quotes=_texts(side.get("quotes"), lines.get("quotes", line), "'quotes'", path),
        ))
    context = entry.get("conflict") or {}
    if not isinstance(context, dict):
        raise _fail(path, entry.key_lines.get("conflict", line), "'conflict' must be a mapping")
    lines = entry.key_lines
    at = lines.get("conflict", line)  # the line of each error in ``conflict``
    return Decision(
        id=str(conflict_id),
        status=status,
        sides=tuple(sorted(sides, key=SideSnapshot.key)),
        note=_text_of(entry, "note", lines, line, "'note'", path),
        who=_text_of(entry, "who", lines, line, "'who'", path),
        when=_text_of(entry, "when", lines, line, "'when'", path),
        value=(_text_of(entry, "value", lines, line, "'value'", path)
               if entry.get("value") is not None else None),
        kind=_text_of(context, "kind", _NO_LINES, at, "'kind'", path),
        subject=_text_of(context, "subject", _NO_LINES, at, "'subject'", path),
        attribute=_text_of(context, "attribute", _NO_LINES, at, "'attribute'", path),
        period=(_text_of(context, "period", _NO_LINES, at, "'period'", path)
                if context.get("period") is not None else None),
        severity=_text_of(context, "severity", _NO_LINES, at, "'severity'", path) or "low",
        line=line,
    )


def _fail(path: Path, line: int, message: str) -> DataError:
    return DataError(f"{path}:{line}: {message}")


def _text(value: Any, line: int, what: str, path: Path) -> str:
    """A scalar as text; a list or mapping is an error (checked before any str())."""
    if value is None:
        return ""
    if not isinstance(value, _TEXT_TYPES):
        raise _fail(path, line, f"{what} must be text, not {_shown(value)}")
    return str(value)


def _text_of(mapping: Any, key: str, lines: Mapping[str, int], line: int, what: str,
             path: Path) -> str:
    """``mapping[key]`` as text; an error is on the key's line in ``lines``, else on ``line``
    (looked up only then: most values are strings already)."""
    value = mapping.get(key)
    if value.__class__ is str:
        return value  # type: ignore[no-any-return]
    return _text(value, lines.get(key, line), what, path)


def _texts(value: Any, line: int, what: str, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, line, f"{what} must be a list, not {_shown(value)}")
    if _ONLY_STR.issuperset(map(type, value)):  # the usual list, checked without a call each
        return tuple(value)
    return tuple(_text(item, line, f"each of {what}", path) for item in value)


# The fast reader of claimcheck's own layout: what ``dump_decisions`` writes, line for line.
_SKIP_LINES = r"(?:[ ]*(?:#[^\n]*)?\n)*"  # blank lines and comment lines
_OWN_SIDE = (r"    - value: [^\n]*\n"
             r"      documents:(?: \[\]\n|\n(?:      - [^\n]*\n)+)"
             r"      quotes:(?: \[\]\n|\n(?:      - [^\n]*\n)+)")
#: The top of the file: comment lines, then ``version`` and ``decisions``.
_OWN_HEAD = re.compile(_SKIP_LINES + r"version: 1\ndecisions:\n")
#: One decision, after any blank or comment lines: its id line, a group for each line of a
#: scalar (status, value, note, who, when, and the conflict's five), and its sides as one group.
_OWN_ENTRY = re.compile(
    _SKIP_LINES + r"(  [^ \n][^\n]*)\n(    status: [^\n]*)\n(?:(    value: [^\n]*)\n)?"
    r"(    note: [^\n]*)\n(    who: [^\n]*)\n(    when: [^\n]*)\n    conflict:\n"
    r"(      kind: [^\n]*)\n(      subject: [^\n]*)\n(      attribute: [^\n]*)\n"
    r"(      period: [^\n]*)\n(      severity: [^\n]*)\n"
    r"    sides:(?: \[\]\n|\n((?:" + _OWN_SIDE + r")+))"
    r"(?!(?:[ ]*(?:#[^\n]*)?\n)*+   )")  # and it ends: no line indented deeper follows
_OWN_FIELDS = (2, 4, 5, 6, 7, 8, 9, 10, 11)  # status, note, who, when, kind ... severity
_SIDE_KEY = operator.itemgetter(0, 1)  # (value, documents): SideSnapshot.key of a side's fields
_TEXT = operator.itemgetter(1)  # of a line's (value, text)
_TEN = operator.itemgetter(*range(10))  # an entry's scalars, before its sides
_OWN_TAIL = re.compile(_SKIP_LINES + r"\Z")
#: Any one decision, after any blank or comment lines: its id line, then the lines indented
#: deeper and the blank and comment lines up to the next line indented as an id or less.
_OWN_CHUNK = re.compile(_SKIP_LINES + r"(  [^ \n#][^\n]*\n)(?:(?:   [^\n]*|[ ]*(?:#[^\n]*)?)\n)*")
#: The lines that open a side's lists, as they stand in a read entry (what blockyaml reads on
#: them is fixed: that key, with the items below it or ``[]``).
_DOCUMENTS, _QUOTES, _AFTER_LAST = object(), object(), object()
_OWN_MARKS = {"      documents:": _DOCUMENTS, "      documents: []": _DOCUMENTS,
              "      quotes:": _QUOTES, "      quotes: []": _QUOTES}


class _NotOwnLayout(Exception):  # noqa: N818 - control flow: "read it the general way"
    """A line the fast reader leaves to blockyaml and ``_parse``."""


def _read_own_layout(source: str, path: Path) -> tuple[dict[str, Decision], _Layout] | None:
    """The decisions of a file laid out as ``dump_decisions`` writes it, and where each one is;
    None for any other file.

    10,000 decisions are read several times faster than by ``blockyaml`` and ``_parse``: one
    regular expression per decision checks its shape, and each of its lines is read by
    blockyaml's own line reader (once per distinct line), so every value is the one blockyaml
    would read. A decision laid out otherwise (a comment line inside it, a key of its own, a
    flow list) is read alone by blockyaml and ``_decision``, as it reads in the whole file.
    This reader never reports a problem: a file laid out otherwise around its decisions, an id
    written twice or anything ``_decision`` refuses sends the whole file to the general reader,
    which says what is wrong and where.
    """
    if not blockyaml.lines_stand_alone(source):
        return None
    head = _OWN_HEAD.match(source)
    if head is None:
        return None
    known: dict[str, Any] = dict(_OWN_MARKS)  # a line: (value, as text), a mark, or False
    get = known.get

    def learn(line: str, read_line: Callable[[str], Any] = blockyaml.read_line,
              item: int = blockyaml.ITEM, item_key: int = blockyaml.ITEM_KEY,
              key: int = blockyaml.KEY) -> tuple[Any, str] | bool:
        """A line not seen before: its scalar, if it is the kind of line its place says."""
        expected = (item if line.startswith("      - ") else
                    item_key if line.startswith("    - ") else key)
        try:
            kind, _, _, _, value, special, _ = read_line(line)
        except blockyaml.Unsupported:
            kind, value, special = -1, None, True
        known[line] = read = (value, "" if value is None else str(value)) if (
            kind == expected and not special
            and (value is None or isinstance(value, _TEXT_TYPES))) else False
        return read

    def read(lines: list[str]) -> list[Any]:
        """Each line's (value, text), as blockyaml reads it and ``_parse`` turns it to text."""
        found = list(map(get, lines))
        if None in found:  # a few lines of each decision are new: its id, notes, quotes
            found = [learn(line) if got is None else got
                     for got, line in zip(found, lines, strict=True)]
        if False in found:
            raise _NotOwnLayout
        return found

    def own(match: re.Match[str], line: int) -> tuple[object, Decision]:
        """The id and decision ``_OWN_ENTRY`` matched, whose id is on ``line``."""
        kind, _, conflict_id, _, _, _, _ = blockyaml.read_line(match[1])
        if kind != blockyaml.OPEN_KEY or not isinstance(conflict_id, _TEXT_TYPES):
            raise _NotOwnLayout
        rows = [*match.group(*_OWN_FIELDS), match[3] or "    value: ~"]  # (none, as ``~``)
        if match[12] is not None:
            rows += match[12].split("\n")
            rows.pop()  # the empty string after the last line break
        found = read(rows)
        ((status, _), (_, note), (_, who), (_, when), (_, kind_text), (_, subject),
         (_, attribute), (period, period_text), (_, severity), (value, value_text)) = _TEN(found)
        if status not in DECISION_STATUSES or status == "resolved" and not value:
            raise _NotOwnLayout
        # Each side: its value line, _DOCUMENTS, documents, _QUOTES, quotes.
        found += (_AFTER_LAST, _DOCUMENTS)
        sides = []  # (value, documents, quotes)
        start = 10
        while found[start] is not _AFTER_LAST:
            quotes = found.index(_QUOTES, start + 2)
            end = found.index(_DOCUMENTS, quotes + 1) - 1
            sides.append((found[start][1], tuple(sorted(map(_TEXT, found[start + 2:quotes]))),
                          tuple(map(_TEXT, found[quotes + 1:end]))))
            start = end
        sides.sort(key=_SIDE_KEY)  # as ``_decision`` sorts them: stable, by SideSnapshot.key
        return conflict_id, Decision(
            id=str(conflict_id), status=status,
            sides=tuple([SideSnapshot(*side) for side in sides]), note=note, who=who, when=when,
            value=None if value is None else value_text, kind=kind_text, subject=subject,
            attribute=attribute, period=None if period is None else period_text,
            severity=severity or "low", line=line)

    def alone(text: str, line: int) -> tuple[object, Decision, LineDict, int]:
        """The one decision in ``text`` (its id on ``line``), read the general way, with its
        data and its last line of content (counted from 0 in ``text``)."""
        data = blockyaml.parse(text)
        if not isinstance(data, LineDict) or data.indent != 2 or len(data) != 1:
            raise _NotOwnLayout
        [(conflict_id, entry)] = data.items()
        return (conflict_id, _decision(conflict_id, entry, line, path), entry,
                data.spans[conflict_id][1])

    decisions: dict[str, Decision] = {}
    spans: dict[str, tuple[int, int]] = {}  # 0-based lines, as in ``_Layout``
    kept: dict[str, Any] = {}
    seen: set[object] = set()
    at = head.end()
    line = source.count("\n", 0, at)  # lines before ``at``
    opening = last = line - 1  # the line of ``decisions:``, and the last one of its block
    try:
        while at < len(source):
            match = _OWN_ENTRY.match(source, at)
            try:
                if match is None:
                    raise _NotOwnLayout
                first = line + source.count("\n", at, match.start(1))
                conflict_id, decision = own(match, first + 1)
                data = None  # no key claimcheck does not write
                last = first + source.count("\n", match.start(1), match.end()) - 1
            except _NotOwnLayout:
                match = _OWN_CHUNK.match(source, at)
                if match is None:
                    if _OWN_TAIL.match(source, at) is None:
                        return None
                    break
                first = line + source.count("\n", at, match.start(1))
                conflict_id, decision, data, end = alone(source[match.start(1):match.end()],
                                                         first + 1)
                last = first + end
            if conflict_id in seen:
                return None  # written twice: the general reader says so
            seen.add(conflict_id)
            decisions[decision.id] = decision
            spans[decision.id] = (first, last)
            kept[decision.id] = data
            line += source.count("\n", at, match.end())
            at = match.end()
    except (_NotOwnLayout, blockyaml.Unsupported, blockyaml.AliasFound, blockyaml.DuplicateKey,
            DataError):
        return None
    return decisions, _Layout((opening, last), spans, kept)


def _with_data(loaded: Decisions) -> Decisions:
    """``loaded`` with its ``data``, read now if the fast reader skipped it (for a rewrite)."""
    if loaded.data_read or loaded.source is None:
        return loaded
    data, block_style = _load_data(loaded.source, loaded.path)
    return replace(loaded, data=data, block_style=block_style, data_read=True)


class _Dumper(yaml.SafeDumper):
    """Every scalar on one line: strings holding line breaks or other characters YAML would fold
    or normalize (newlines, NEL, LS, PS, BOM, controls) are double-quoted with escapes, so a note
    reads back exactly as it was typed and the file stays in the subset ``blockyaml`` reads."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    special = any(ch in data for ch in "\n\r\x85\u2028\u2029\ufeff\t") or not data.isprintable()
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"' if special else None)


_Dumper.add_representer(str, _represent_str)
#: No scalar is folded onto a second line, whatever its length.
_WIDTH = 2**30
_ENTRY_KEYS = ("status", "value", "note", "who", "when", "conflict", "sides")
_CONFLICT_KEYS = ("kind", "subject", "attribute", "period", "severity")


def _plain_data(value: Any) -> Any:
    """LineDicts as dicts, recursively, so that they can be dumped."""
    if isinstance(value, dict):
        return {key: _plain_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain_data(item) for item in value]
    return value


def _entry(decision: Decision, kept: Any = None) -> dict[str, Any]:
    """A decision as the file writes it; ``kept`` is the entry it replaces, whose unknown keys
    (and unknown keys of its ``conflict``) are kept."""
    entry: dict[str, Any] = {"status": decision.status}
    if decision.value is not None:
        entry["value"] = decision.value
    entry["note"] = decision.note
    entry["who"] = decision.who
    entry["when"] = decision.when
    entry["conflict"] = {
        "kind": decision.kind, "subject": decision.subject, "attribute": decision.attribute,
        "period": decision.period, "severity": decision.severity,
    }
    entry["sides"] = [
        {"value": s.value, "documents": list(s.documents), "quotes": list(s.quotes)}
        for s in decision.sides
    ]
    if isinstance(kept, dict):
        old_context = kept.get("conflict")
        if isinstance(old_context, dict):
            entry["conflict"].update({key: _plain_data(value) for key, value in
                                      old_context.items() if key not in _CONFLICT_KEYS})
        entry.update({key: _plain_data(value) for key, value in kept.items()
                      if key not in _ENTRY_KEYS})
    return entry


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=_WIDTH,
                     default_flow_style=False)


HEADER = (
    "# claimcheck review decisions, one per conflict id, sorted. Written by\n"
    "# `claimcheck review`; safe to edit by hand: comments and keys it does not know are kept.\n"
    "# status: confirmed | dismissed | resolved (with value) | waived.\n"
)


def dump_decisions(decisions: Mapping[str, Decision], kept: Any = None) -> str:
    """The file's text: sorted by id, fixed key order, so diffs stay one decision small.

    ``kept`` is the data of the file being replaced: its unknown keys, at the top and in each
    decision, are written again.
    """
    old_entries = kept.get("decisions") if isinstance(kept, dict) else None
    old_entries = {str(k): v for k, v in old_entries.items()} if isinstance(
        old_entries, dict) else {}
    entries = {conflict_id: _entry(decisions[conflict_id], old_entries.get(conflict_id))
               for conflict_id in sorted(decisions)}
    data: dict[str, Any] = {"version": FILE_VERSION, "decisions": entries}
    if isinstance(kept, dict):
        data.update({key: _plain_data(value) for key, value in kept.items()
                     if key not in ("version", "decisions")})
    return HEADER + _dump(data)


def _as_read(decision: Decision) -> Decision:
    """``decision`` as the file gives it back: documents and sides sorted, no line."""
    sides = [replace(side, documents=tuple(sorted(side.documents))) for side in decision.sides]
    return replace(decision, sides=tuple(sorted(sides, key=SideSnapshot.key)), line=0)


def _changed(current: Mapping[str, Decision], wanted: Mapping[str, Decision]) -> list[str]:
    """The ids whose decision differs, where it stands in the file aside (sorted). Most are the
    same object, and are not copied to be compared."""
    return sorted(
        conflict_id for conflict_id in current.keys() | wanted.keys()
        if (old := current.get(conflict_id)) is not (new := wanted.get(conflict_id))
        and (old is None or new is None or replace(old, line=0) != replace(new, line=0)))


def rewritten(loaded: Decisions, edited: Mapping[str, Decision]) -> str:
    """The file's new text with ``edited`` as its decisions.

    In a block-style file only the decisions that changed are rewritten, in place: every other
    line (comments, blank lines, keys claimcheck does not know) stays byte for byte, and the
    comments inside a rewritten decision stay where they were (``_with_comments``); those of a
    decision taken out stay as comment lines where it was. A file of comments alone keeps them
    above the decisions. Other files are written anew, keeping their data but not their
    comments.
    """
    if loaded.source is None:
        return dump_decisions(edited)
    if loaded.block_style:
        text = _spliced_or_none(loaded, edited)
        if text is not None:
            return text
    loaded = _with_data(loaded)
    if loaded.data is not None:
        return dump_decisions(edited, kept=loaded.data)
    if not (loaded.block_style and loaded.source.strip()):
        return dump_decisions(edited)
    body = dump_decisions(edited)[len(HEADER):]
    if "\r\n" in loaded.source:
        body = body.replace("\n", "\r\n")
    return loaded.source + ("" if loaded.source.endswith("\n") else "\n") + body


def _spliced(loaded: Decisions, edited: Mapping[str, Decision]) -> str | None:
    layout = _layout_of(loaded)
    if layout is None or loaded.source is None:
        return None
    lines = loaded.source.split("\n")
    end = "\r" if "\r\n" in loaded.source else ""
    operations: list[tuple[int, int, str, list[str]]] = []  # (start, stop, id, new lines)

    def reads_back(block: list[str], decision: Decision) -> bool:
        """Whether ``block`` reads as ``decision`` and nothing else."""
        try:
            read = blockyaml.parse("\n".join(block))
            if not isinstance(read, LineDict) or len(read) != 1:
                return False
            [(key, entry)] = read.items()
            return str(key) == decision.id and _decision(
                key, entry, 0, loaded.path) == _as_read(decision)
        except (blockyaml.Unsupported, blockyaml.AliasFound, blockyaml.DuplicateKey, DataError):
            return False

    def entry_lines(decision: Decision, kept: Any, indent: int) -> list[str]:
        text = _dump({decision.id: _entry(decision, kept)})
        block = [" " * indent + line + end for line in text.rstrip("\n").split("\n")]
        if not reads_back(block, decision):
            raise blockyaml.Unsupported
        return block

    if layout.spans:
        spans = layout.spans
        by_line = sorted(spans.items(), key=lambda item: item[1][0])
        after_key = layout.decisions[0] + 1 if layout.decisions else 0
        for conflict_id in _changed(loaded.by_id, edited):
            decision = edited.get(conflict_id)
            if conflict_id in spans:
                first, last = spans[conflict_id]
                was = lines[first:last + 1]
                if decision is None:
                    new = _comments_of(was, end)
                else:
                    written = entry_lines(decision, layout.kept.get(conflict_id), layout.indent)
                    new = _with_comments(was, written, end)
                    if not reads_back(new, decision):  # never seen; if ever: comments above
                        new = _comments_of(was, end) + written
                operations.append((first, last + 1, conflict_id, new))
            elif decision is not None:
                before = [span for other, span in by_line if other < conflict_id]
                at = before[-1][1] + 1 if before else after_key
                operations.append((at, at, conflict_id,
                                   entry_lines(decision, None, layout.indent)))
    else:  # no decision written yet
        block = [line for conflict_id in sorted(edited)
                 for line in entry_lines(edited[conflict_id], None, 2)]
        if layout.decisions is not None:
            first, last = layout.decisions
            operations.append((first, last + 1, "", ["decisions:" + end] + block))
        else:
            at = len(lines) - 1 if lines[-1] == "" else len(lines)
            operations.append((at, at, "", ["decisions:" + end] + block))
    for start, stop, _, new in sorted(operations, key=lambda op: (op[0], op[2]), reverse=True):
        lines[start:stop] = new
    return "\n".join(lines)


def _with_comments(was: list[str], written: list[str], end: str) -> list[str]:
    """``written`` (a decision's lines as claimcheck writes them) with the comments of ``was``
    (its lines in the file): a comment line after the line of the key or item it followed, a
    comment at the end of a line at the end of that key's line; where that key is gone (a
    ``value`` no longer needed, a side fewer), after the nearest line before it still there.

    Lines are matched by their path below the id (the id itself may be written otherwise).
    """
    new = [(path and path[1:], comment) for path, comment in blockyaml.outline(written)]
    present = {path for path, _ in new}
    after: dict[object, list[str]] = {}  # a path: the lines to put after its line
    at_end: dict[object, str] = {}  # a path: the comment to end its line with
    target: object = ()  # the last line of ``was`` still in ``written``: the id line first
    for line, (path, comment) in zip(was, blockyaml.outline(was), strict=True):
        if path is None:  # a comment line, or a blank line
            after.setdefault(target, []).append(line)
        elif path[1:] in present:
            target = path[1:]
            if comment:
                at_end[target] = comment
        elif comment:  # its key is gone, not what was said about it
            indent = len(line) - len(line.lstrip(" "))
            after.setdefault(target, []).append(" " * indent + comment.lstrip(" ") + end)
    merged = []
    for line, (path, _) in zip(written, new, strict=True):
        if path in at_end:
            line = line[:len(line) - len(end)] + at_end[path] + end
        merged.append(line)
        merged += after.get(path, ())
    return merged


def _comments_of(was: list[str], end: str) -> list[str]:
    """The comments in a decision taken out of the file, as comment lines where they were."""
    kept = []
    for line, (path, comment) in zip(was, blockyaml.outline(was), strict=True):
        if path is None and line.strip(" \r"):
            kept.append(line)
        elif comment:
            kept.append(" " * (len(line) - len(line.lstrip(" "))) + comment.lstrip(" ") + end)
    return kept


def _spliced_or_none(loaded: Decisions, edited: Mapping[str, Decision]) -> str | None:
    try:
        return _spliced(loaded, edited)
    except (blockyaml.Unsupported, blockyaml.AliasFound, blockyaml.DuplicateKey, DataError):
        return None  # an entry that would not read back: write the whole file anew


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` all at once: a reader sees the old file or the new one.

    A symlinked file is replaced where it really is (the link stays a link), with the mode it
    had. Failures are a ``DataError``, and the temporary file is removed.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp",
            delete=False, newline="",
        )
    except OSError as exc:
        raise DataError(f"{path}: cannot write ({exc.strerror or exc}); is the folder "
                        "writable?") from exc
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        if isinstance(exc, OSError):
            raise DataError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def remove_orphans(path: Path) -> list[Path]:
    """Temporary files an interrupted write left beside ``path`` (call it holding the lock)."""
    target = Path(os.path.realpath(path))
    removed = []
    for orphan in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            orphan.unlink()
            removed.append(orphan)
    return removed


def _stderr(message: str) -> None:
    import sys

    print(f"claimcheck: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None,
           waiting: Callable[[str], None] = _stderr) -> Iterator[None]:
    """Hold an exclusive flock on the lock file beside ``path``, waiting at most ``timeout``
    seconds (``LOCK_TIMEOUT_SECONDS``) for another writer, and saying so once through
    ``waiting``. A folder where the lock cannot be taken is a ``DataError``, never a hang."""
    timeout = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    lock_path = Path(os.path.realpath(path)).parent / LOCK_NAME
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        try:  # a read-only folder that already has a lock file: a read-only descriptor locks too
            fd = os.open(lock_path, os.O_RDONLY)
        except OSError:
            raise DataError(f"{lock_path}: cannot create the lock file ({exc.strerror or exc}); "
                            "is the folder writable?") from exc
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DataError(
                        f"{path}: another claimcheck is still writing it (lock {lock_path}); "
                        f"gave up after {timeout:g} s — try again when it has finished"
                    ) from None
                if not told:
                    waiting(f"{path} is locked by another claimcheck; waiting up to "
                            f"{timeout:g} s")
                    told = True
                time.sleep(0.05)
            except OSError as exc:
                raise DataError(f"{lock_path}: cannot lock ({exc.strerror or exc})") from exc
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextlib.contextmanager
def transaction(path: str | os.PathLike[str]) -> Iterator[dict[str, Decision]]:
    """Lock, read, let the caller edit the decisions by id, write back if anything changed.

    A file that does not parse raises before the caller runs, so it is never overwritten.
    Temporary files an interrupted write left behind are removed first.
    """
    path = Path(path)
    with locked(path):
        remove_orphans(path)
        loaded = load_decisions(path)
        current = loaded.by_id
        edited = dict(current)
        yield edited
        if _changed(current, edited):
            write_atomically(path, rewritten(loaded, edited))


def record(path: str | os.PathLike[str], decision: Decision) -> Decision | None:
    """Store ``decision`` (replacing any for the same id); returns the one it replaced."""
    with transaction(path) as decisions:
        previous = decisions.get(decision.id)
        decisions[decision.id] = replace(decision, line=0)
    return previous


def restore(path: str | os.PathLike[str], conflict_id: str, previous: Decision | None) -> None:
    """Put back what a conflict had before a decision (nothing, or the earlier decision): undo."""
    with transaction(path) as decisions:
        if previous is None:
            decisions.pop(conflict_id, None)
        else:
            decisions[conflict_id] = previous


def review_payload(state: ReviewState) -> dict[str, Any]:
    """The ``review`` key a conflict gets in the JSON report (an addition to contract v1)."""
    decision = state.decision
    return {
        "status": state.status,
        "value": decision.value if decision else None,
        "note": (decision.note or None) if decision else None,
        "who": decision.who if decision else None,
        "when": decision.when if decision else None,
        "change": state.change or None,
    }
