"""Review decisions: a plain, diffable ``reviews.yaml`` in the corpus folder, keyed by conflict id.

A conflict's id is stable across runs, a claim's is not, so a decision keys on the conflict id and
keeps a *snapshot* of what the reviewer saw (each side's value, its documents and the words the
articles used). When a later run shows the same conflict with other values or documents, the
decision no longer covers it: its status becomes ``changed`` and it needs review again.

The file is only ever replaced atomically (temp file in the same folder, fsync, os.replace) under
an exclusive ``flock`` held for the whole read-modify-write, so two runs at once never lose a
decision and a crash never leaves half a file. A file that does not parse is reported with its line
and never overwritten. The file is edited in place: a decision changes its own lines and nothing
else, so comments and keys written by hand stay (``rewritten``); it keeps its mode, and a symlink
stays a symlink.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
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
    data: Any = None  # what the file holds, unknown keys included
    block_style: bool = False  # read by blockyaml: every key's lines are known

    def get(self, conflict_id: str) -> Decision | None:
        return self.by_id.get(conflict_id)


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

    A file claimcheck wrote (or one edited by hand in its block style) is read by ``blockyaml``,
    10,000 decisions in well under a second; any other YAML by PyYAML. Anchors and aliases, a key
    written twice and a file over ``MAX_REVIEWS_BYTES`` are refused in both.
    """
    path = Path(path)
    source = _read_source(path)
    if source is None:
        return Decisions(path)
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


def _shown(value: Any) -> str:
    """A value for an error message: short, and never the repr of a huge structure."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _parse(data: Any, path: Path) -> dict[str, Decision]:
    def fail(line: int, message: str) -> DataError:
        return DataError(f"{path}:{line}: {message}")

    def text(value: Any, line: int, what: str) -> str:
        """A scalar as text; a list or mapping is an error (checked before any str())."""
        if value is None:
            return ""
        if not isinstance(value, _TEXT_TYPES):
            raise fail(line, f"{what} must be text, not {_shown(value)}")
        return str(value)

    def texts(value: Any, line: int, what: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise fail(line, f"{what} must be a list, not {_shown(value)}")
        return tuple(text(item, line, f"each of {what}") for item in value)

    if not isinstance(data, LineDict):
        raise fail(1, "expected a mapping with 'version' and 'decisions'")
    version = data.get("version", FILE_VERSION)
    if version != FILE_VERSION:
        raise fail(data.key_lines.get("version", 1), f"unsupported version {_shown(version)}")
    entries = data.get("decisions")
    if entries is None:
        return {}
    if not isinstance(entries, LineDict):
        raise fail(data.key_lines.get("decisions", 1), "'decisions' must map conflict ids")
    decisions = {}
    for conflict_id, entry in entries.items():
        line = entries.key_lines.get(str(conflict_id), 1)
        if not isinstance(conflict_id, _TEXT_TYPES):
            raise fail(line, "a conflict id must be text")
        if not isinstance(entry, LineDict):
            raise fail(line, f"decision {_shown(conflict_id)} must be a mapping")
        status = entry.get("status")
        if status not in DECISION_STATUSES:  # a str, or no match: nothing large is printed
            raise fail(entry.key_lines.get("status", line),
                       f"status {_shown(status)} of {_shown(conflict_id)} is not one of "
                       + ", ".join(DECISION_STATUSES))
        if status == "resolved" and not entry.get("value"):
            raise fail(line, f"resolved decision {_shown(conflict_id)} needs a 'value'")
        raw_sides = entry.get("sides") or []
        if not isinstance(raw_sides, list) or not all(isinstance(s, dict) for s in raw_sides):
            raise fail(entry.key_lines.get("sides", line), "'sides' must be a list of mappings")
        sides = []
        for side in raw_sides:
            lines = getattr(side, "key_lines", {})
            sides.append(SideSnapshot(
                value=text(side.get("value", ""), lines.get("value", line), "a side's 'value'"),
                documents=tuple(sorted(texts(side.get("documents"),
                                             lines.get("documents", line), "'documents'"))),
                quotes=texts(side.get("quotes"), lines.get("quotes", line), "'quotes'"),
            ))
        context = entry.get("conflict") or {}
        if not isinstance(context, dict):
            raise fail(entry.key_lines.get("conflict", line), "'conflict' must be a mapping")
        at = entry.key_lines.get
        context_line = at("conflict", line)
        decisions[str(conflict_id)] = Decision(
            id=str(conflict_id),
            status=status,
            sides=tuple(sorted(sides, key=SideSnapshot.key)),
            note=text(entry.get("note"), at("note", line), "'note'"),
            who=text(entry.get("who"), at("who", line), "'who'"),
            when=text(entry.get("when"), at("when", line), "'when'"),
            value=(text(entry["value"], at("value", line), "'value'")
                   if entry.get("value") is not None else None),
            kind=text(context.get("kind"), context_line, "'kind'"),
            subject=text(context.get("subject"), context_line, "'subject'"),
            attribute=text(context.get("attribute"), context_line, "'attribute'"),
            period=(text(context["period"], context_line, "'period'")
                    if context.get("period") is not None else None),
            severity=text(context.get("severity"), context_line, "'severity'") or "low",
            line=line,
        )
    return decisions


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


def _without_lines(decisions: Mapping[str, Decision]) -> dict[str, Decision]:
    return {key: replace(decision, line=0) for key, decision in decisions.items()}


def rewritten(loaded: Decisions, edited: Mapping[str, Decision]) -> str:
    """The file's new text with ``edited`` as its decisions.

    In a block-style file only the decisions that changed are rewritten, in place: every other
    line (comments, blank lines, keys claimcheck does not know) stays byte for byte. Comment
    lines inside a rewritten decision are kept just above it. Other files are written anew,
    keeping their data but not their comments.
    """
    if loaded.source is None or loaded.data is None:
        return dump_decisions(edited)
    if loaded.block_style:
        text = _spliced_or_none(loaded, edited)
        if text is not None:
            return text
    return dump_decisions(edited, kept=loaded.data)


def _spliced(loaded: Decisions, edited: Mapping[str, Decision]) -> str | None:
    data = loaded.data
    if not isinstance(data, LineDict) or loaded.source is None:
        return None
    lines = loaded.source.split("\n")
    end = "\r" if "\r\n" in loaded.source else ""
    current = _without_lines(loaded.by_id)
    wanted = _without_lines(edited)
    changed = sorted(i for i in set(current) | set(wanted) if current.get(i) != wanted.get(i))
    entries = data.get("decisions")
    operations: list[tuple[int, int, str, list[str]]] = []  # (start, stop, id, new lines)

    def entry_lines(decision: Decision, kept: Any, indent: int) -> list[str]:
        text = _dump({decision.id: _entry(decision, kept)})
        again = _parse(LineDict(decisions=blockyaml.parse(text)), loaded.path)  # reads back?
        if _without_lines(again) != {decision.id: replace(decision, line=0)}:
            raise blockyaml.Unsupported
        return [" " * indent + line + end for line in text.rstrip("\n").split("\n")]

    if isinstance(entries, LineDict) and entries.spans:
        spans = {str(key): span for key, span in entries.spans.items()}
        old = {str(key): value for key, value in entries.items()}
        by_line = sorted(spans.items(), key=lambda item: item[1][0])
        after_key = data.spans["decisions"][0] + 1
        for conflict_id in changed:
            decision = edited.get(conflict_id)
            if conflict_id in spans:
                first, last = spans[conflict_id]
                comments = [line for line in lines[first + 1:last + 1]
                            if line.strip().startswith("#")]
                new = [] if decision is None else comments + entry_lines(
                    decision, old.get(conflict_id), entries.indent)
                operations.append((first, last + 1, conflict_id, new))
            elif decision is not None:
                before = [span for other, span in by_line if other < conflict_id]
                at = before[-1][1] + 1 if before else after_key
                operations.append((at, at, conflict_id,
                                   entry_lines(decision, None, entries.indent)))
    elif entries is None or entries == {}:
        block = [line for conflict_id in sorted(edited)
                 for line in entry_lines(edited[conflict_id], None, 2)]
        if "decisions" in data.spans:
            first, last = data.spans["decisions"]
            operations.append((first, last + 1, "", ["decisions:" + end] + block))
        else:
            at = len(lines) - 1 if lines[-1] == "" else len(lines)
            operations.append((at, at, "", ["decisions:" + end] + block))
    else:
        return None
    for start, stop, _, new in sorted(operations, key=lambda op: (op[0], op[2]), reverse=True):
        lines[start:stop] = new
    return "\n".join(lines)


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
        if _without_lines(edited) != _without_lines(current):
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
