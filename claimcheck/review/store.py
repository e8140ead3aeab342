"""Review decisions: a plain, diffable ``reviews.yaml`` in the corpus folder, keyed by conflict id.

A conflict's id is stable across runs, a claim's is not, so a decision keys on the conflict id and
keeps a *snapshot* of what the reviewer saw (each side's value, its documents and the words the
articles used). When a later run shows the same conflict with other values or documents, the
decision no longer covers it: its status becomes ``changed`` and it needs review again.

The file is only ever replaced atomically (temp file in the same folder, fsync, os.replace) under
an exclusive ``flock`` held for the whole read-modify-write, so two runs at once never lose a
decision and a crash never leaves half a file. A file that does not parse is reported with its line
and never overwritten.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import DataError
from claimcheck.model import Conflict, Report

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


class _LineDict(dict):
    """A YAML mapping that remembers each key's line, so a schema error can name it."""

    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping  # type: ignore[arg-type]
)


def load_decisions(path: str | os.PathLike[str]) -> Decisions:
    """The decisions in ``path``; none when it does not exist. DataError names file and line."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Decisions(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from exc
    try:
        data = yaml.load(source, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"{where}: not valid YAML ({problem}); fix it by hand") from exc
    if data is None:
        return Decisions(path)
    return Decisions(path, _parse(data, path))


def _parse(data: Any, path: Path) -> dict[str, Decision]:
    def fail(line: int, message: str) -> DataError:
        return DataError(f"{path}:{line}: {message}")

    if not isinstance(data, _LineDict):
        raise fail(1, "expected a mapping with 'version' and 'decisions'")
    if data.get("version", FILE_VERSION) != FILE_VERSION:
        raise fail(data.key_lines.get("version", 1), f"unsupported version {data.get('version')!r}")
    entries = data.get("decisions")
    if entries is None:
        return {}
    if not isinstance(entries, _LineDict):
        raise fail(data.key_lines.get("decisions", 1), "'decisions' must map conflict ids")
    decisions = {}
    for conflict_id, entry in entries.items():
        line = entries.key_lines.get(str(conflict_id), 1)
        if not isinstance(entry, _LineDict):
            raise fail(line, f"decision {conflict_id!r} must be a mapping")
        status = entry.get("status")
        if status not in DECISION_STATUSES:
            raise fail(entry.key_lines.get("status", line),
                       f"status {status!r} of {conflict_id!r} is not one of "
                       + ", ".join(DECISION_STATUSES))
        if status == "resolved" and not entry.get("value"):
            raise fail(line, f"resolved decision {conflict_id!r} needs a 'value'")
        raw_sides = entry.get("sides") or []
        if not isinstance(raw_sides, list) or not all(isinstance(s, dict) for s in raw_sides):
            raise fail(entry.key_lines.get("sides", line), "'sides' must be a list of mappings")
        sides = tuple(sorted(
            (SideSnapshot(
                value=str(side.get("value", "")),
                documents=tuple(sorted(str(d) for d in side.get("documents") or [])),
                quotes=tuple(str(q) for q in side.get("quotes") or []),
            ) for side in raw_sides),
            key=SideSnapshot.key,
        ))
        context = entry.get("conflict") or {}
        if not isinstance(context, dict):
            raise fail(entry.key_lines.get("conflict", line), "'conflict' must be a mapping")
        decisions[str(conflict_id)] = Decision(
            id=str(conflict_id),
            status=status,
            sides=sides,
            note=str(entry.get("note") or ""),
            who=str(entry.get("who") or ""),
            when=str(entry.get("when") or ""),
            value=str(entry["value"]) if entry.get("value") is not None else None,
            kind=str(context.get("kind") or ""),
            subject=str(context.get("subject") or ""),
            attribute=str(context.get("attribute") or ""),
            period=str(context["period"]) if context.get("period") is not None else None,
            severity=str(context.get("severity") or "low"),
            line=line,
        )
    return decisions


class _Dumper(yaml.SafeDumper):
    """Double-quotes strings holding YAML line breaks (NEL, LS, PS), which plain or single-quoted
    style would turn into newlines: a note must read back exactly as it was typed."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = '"' if any(ch in data for ch in "\x85\u2028\u2029\ufeff") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_decisions(decisions: Mapping[str, Decision]) -> str:
    """The file's text: sorted by id, fixed key order, so diffs stay one decision small."""
    entries: dict[str, Any] = {}
    for conflict_id in sorted(decisions):
        d = decisions[conflict_id]
        entry: dict[str, Any] = {"status": d.status}
        if d.value is not None:
            entry["value"] = d.value
        entry["note"] = d.note
        entry["who"] = d.who
        entry["when"] = d.when
        entry["conflict"] = {
            "kind": d.kind, "subject": d.subject, "attribute": d.attribute, "period": d.period,
            "severity": d.severity,
        }
        entry["sides"] = [
            {"value": s.value, "documents": list(s.documents), "quotes": list(s.quotes)}
            for s in d.sides
        ]
        entries[conflict_id] = entry
    header = (
        "# claimcheck review decisions, one per conflict id, sorted. Written by\n"
        "# `claimcheck review`; safe to edit by hand.\n"
        "# status: confirmed | dismissed | resolved (with value) | waived.\n"
    )
    body = yaml.dump(
        {"version": FILE_VERSION, "decisions": entries}, Dumper=_Dumper,
        sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False,
    )
    return header + body


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` all at once: a reader sees the old file or the new one."""
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp",
        delete=False,
    )
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive flock on the lock file beside ``path`` (blocks until it is free)."""
    lock_path = path.parent / LOCK_NAME
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DataError(f"{lock_path}: cannot open lock file: {exc.strerror}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextlib.contextmanager
def transaction(path: str | os.PathLike[str]) -> Iterator[dict[str, Decision]]:
    """Lock, read, let the caller edit the decisions by id, write back if anything changed.

    A file that does not parse raises before the caller runs, so it is never overwritten.
    """
    path = Path(path)
    with locked(path):
        current = load_decisions(path).by_id
        edited = dict(current)
        yield edited
        if edited != current:
            write_atomically(path, dump_decisions(edited))


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
