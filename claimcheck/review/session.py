"""The interactive review: one conflict at a time, both sides' evidence side by side, one key per
decision, saved to ``reviews.yaml`` after every key so that quitting loses nothing.

Keys come from an injectable ``read_key`` and free text from ``ask``, so tests drive the loop with
scripted key presses; the defaults read single keys from the terminal through click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import click
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.errors import InputError, UsageError
from claimcheck.model import Claim, Conflict, Report
from claimcheck.report.safe import one_line
from claimcheck.report.text import evidence
from claimcheck.review.store import (
    Clock,
    Decision,
    ReviewState,
    load_decisions,
    make_decision,
    record,
    restore,
    review_state,
)

KeyReader = Callable[[], str]
Asker = Callable[[str], str]

#: The keys, in the order the help lists them.
KEYS = {
    "c": "confirm: a real contradiction between the sources",
    "d": "dismiss: not a contradiction (a false positive); asks why",
    "r": "resolve: a real contradiction, and you know the correct value",
    "w": "waive: real, but not worth failing CI for; asks why",
    "s": "skip: decide later",
    "n": "note: add a note to this conflict",
    "u": "undo the last decision",
    "?": "help",
    "q": "quit (every decision is already saved)",
}
_KEY_STATUS = {"c": "confirmed", "d": "dismissed", "w": "waived"}
_SEVERITY_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "bold blue"}
_STATUS_STYLE = {"open": "magenta", "changed": "bold magenta", "confirmed": "green",
                 "dismissed": "dim", "resolved": "cyan", "waived": "dim"}


def terminal_key() -> str:
    """One key press from the terminal, without Enter; "" at end of input or on Ctrl-C/Ctrl-D.

    On a real terminal it switches to raw mode *without* flushing pending input (click.getchar
    flushes), so keys typed ahead are not lost; elsewhere (pipes, CliRunner) it uses click.
    """
    stdin = sys.stdin
    try:
        fd = stdin.fileno()
        is_terminal = os.isatty(fd)
    except (AttributeError, OSError, ValueError):
        is_terminal = False
    if not is_terminal:
        try:
            return click.getchar()
        except (EOFError, KeyboardInterrupt):
            return ""
        except OSError as exc:  # no stdin terminal and no /dev/tty either (CI, cron, pipes)
            raise InputError(
                "the interactive review needs a terminal; use --id ID --status STATUS, or --list"
            ) from exc
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        tty.setraw(fd, termios.TCSANOW)
        data = os.read(fd, 1)
        while data and data[0] >= 0xC0 and len(data) < 4:  # rest of a UTF-8 character
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                data += os.read(fd, 1)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    if data in (b"", b"\x03", b"\x04"):
        return ""
    return data.decode("utf-8", errors="replace")


def terminal_ask(prompt: str) -> str:
    try:
        return str(click.prompt(prompt, default="", show_default=False)).strip()
    except (EOFError, KeyboardInterrupt, click.exceptions.Abort):
        return ""


@dataclass(slots=True)
class SessionSummary:
    decided: int = 0
    skipped: int = 0
    undone: int = 0
    remaining: int = 0
    quit: bool = False
    statuses: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Step:
    """What undo needs: which conflict, what it had before, where the loop was."""

    conflict_id: str
    previous: Decision | None
    index: int
    counts: bool = True  # a decision (False: a note added to an existing decision)


class ReviewSession:
    """Reviews the conflicts of ``report`` into the decisions file at ``path``."""

    def __init__(
        self,
        report: Report,
        path: str | Path,
        *,
        console: Console | None = None,
        read_key: KeyReader = terminal_key,
        ask: Asker = terminal_ask,
        who: str | None = None,
        clock: Clock | None = None,
        include_all: bool = False,
        note_required: tuple[str, ...] = ("dismissed", "waived"),
    ) -> None:
        self.report = report
        self.path = Path(path)
        self.console = console or Console(highlight=False, emoji=False)
        self.read_key = read_key
        self.ask = ask
        self.who = who
        self.clock = clock
        self.include_all = include_all
        self.claims: dict[str, Claim] = {claim.id: claim for claim in report.claims}
        self.documents = {document.id: document for document in report.documents}
        self.history: list[_Step] = []
        self.pending_notes: dict[str, str] = {}
        #: Statuses that ask why (a dismissal or a waiver with no reason is lost knowledge).
        self.note_required = tuple(note_required)

    def state(self, conflict: Conflict) -> ReviewState:
        return review_state(conflict, self.report, load_decisions(self.path))

    def queue(self) -> list[Conflict]:
        """Open and changed conflicts, most severe first; with ``include_all`` then the rest."""
        rank = {"high": 0, "medium": 1, "low": 2}
        decisions = load_decisions(self.path)
        ordered = sorted(self.report.conflicts, key=lambda c: (rank.get(c.severity, 3), c.id))
        todo = [c for c in ordered
                if review_state(c, self.report, decisions).status in ("open", "changed")]
        if self.include_all:
            todo += [c for c in ordered if c not in todo]
        return todo

    # ------------------------------------------------------------------ the loop

    def run(self) -> SessionSummary:
        summary = SessionSummary()
        queue = self.queue()
        if not queue:
            self.console.print("Nothing to review: every conflict has a current decision "
                               "(--all to go through them again).")
            return summary
        index = 0
        self.show(queue, index)
        while index < len(queue):
            conflict = queue[index]
            key = self.read_key().lower()
            if key in ("", "q", "\x03", "\x04"):
                summary.quit = True
                break
            if key in _KEY_STATUS or key == "r":
                if self.decide(conflict, key, index):
                    summary.decided += 1
                    index += 1
                    self.show(queue, index)
            elif key == "s":
                summary.skipped += 1
                index += 1
                self.show(queue, index)
            elif key == "n":
                self.add_note(conflict, index)
            elif key == "u":
                step = self.undo()
                if step is None:
                    self.console.print("[dim]nothing to undo[/]")
                else:
                    summary.undone += 1
                    summary.decided -= int(step.counts)
                    index = step.index
                    self.show(queue, index)
            elif key in ("?", "h"):
                self.print_help()
            elif key.strip():
                self.console.print(f"[dim]unknown key {key!r}; ? for help[/]")
        summary.remaining = len(queue) - min(index, len(queue))
        decisions = load_decisions(self.path)
        summary.statuses = {
            c.id: review_state(c, self.report, decisions).status for c in self.report.conflicts
        }
        done = sum(1 for status in summary.statuses.values() if status not in ("open", "changed"))
        self.console.print(
            f"\n{summary.decided} decided, {summary.skipped} skipped; {done} of "
            f"{len(summary.statuses)} conflicts reviewed. Saved in {escape(str(self.path))}."
        )
        return summary

    def decide(self, conflict: Conflict, key: str, index: int) -> bool:
        """Record the decision the key stands for; False when the reviewer backed out."""
        status = _KEY_STATUS.get(key, "resolved")
        value = None
        if status == "resolved":
            value = self.ask_value(conflict)
            if not value:
                self.console.print("[dim]cancelled[/]")
                return False
        current = self.state(conflict).decision
        note = self.pending_notes.get(conflict.id)
        if note is None:
            note = current.note if current is not None else ""
        if status in self.note_required and not note:
            note = self.ask(f"why {status}? (empty to cancel)")
            if not note:
                self.console.print("[dim]cancelled: a reason is needed[/]")
                return False
        self.pending_notes.pop(conflict.id, None)
        decision = make_decision(conflict, self.report, status, note=note, value=value,
                                 who=self.who, clock=self.clock)
        previous = record(self.path, decision)
        self.history.append(_Step(conflict.id, previous, index))
        self.console.print(f"[{_STATUS_STYLE[status]}]{status}[/] {escape(conflict.id)} — saved")
        return True

    def ask_value(self, conflict: Conflict) -> str:
        """The correct value, asked until it reads as the slot's kind (empty: cancel)."""
        from claimcheck.review.values import parse_value

        languages = sorted({document.language for document in self.report.documents})
        while True:
            value = self.ask("correct value (empty to cancel)")
            if not value:
                return ""
            try:
                parse_value(value, conflict, languages)
            except UsageError as exc:
                self.console.print(f"[red]{escape(str(exc))}[/]")
                continue
            return value

    def add_note(self, conflict: Conflict, index: int) -> None:
        note = self.ask("note")
        if not note:
            return
        current = self.state(conflict)
        if current.decision is not None and current.status != "changed":
            previous = record(self.path, replace(current.decision, note=note))
            self.history.append(_Step(conflict.id, previous, index, counts=False))
            self.console.print("[dim]note saved[/]")
        else:
            self.pending_notes[conflict.id] = note
            self.console.print("[dim]note kept for this conflict's decision[/]")

    def undo(self) -> _Step | None:
        """Put back the conflict's previous decision; the step says where to go back to."""
        if not self.history:
            return None
        step = self.history.pop()
        restore(self.path, step.conflict_id, step.previous)
        self.console.print(f"[dim]undone: {escape(step.conflict_id)}[/]")
        return step

    # ------------------------------------------------------------------ display

    def print_help(self) -> None:
        for key, meaning in KEYS.items():
            self.console.print(f"  [bold]{escape(key)}[/]  {meaning}")

    def show(self, queue: list[Conflict], index: int) -> None:
        if index >= len(queue):
            return
        conflict = queue[index]
        state = self.state(conflict)
        self.console.print()
        self.console.rule(f"{index + 1}/{len(queue)}")
        self.console.print(render_conflict(conflict, state, self.report, self.claims,
                                           self.documents))
        self.console.print(
            "[bold]c[/]onfirm  [bold]d[/]ismiss  [bold]r[/]esolve  [bold]w[/]aive  "
            "[bold]s[/]kip  [bold]n[/]ote  [bold]u[/]ndo  [bold]?[/]  [bold]q[/]uit"
        )


def render_conflict(conflict: Conflict, state: ReviewState, report: Report,
                    claims: dict[str, Claim], documents: dict) -> Group:
    """The conflict's header and one panel per side, side by side, values highlighted."""
    period = f" ({conflict.period})" if conflict.period else ""
    header = Text.from_markup(
        f"[{_SEVERITY_STYLE.get(conflict.severity, 'bold')}]{conflict.severity.upper()}[/] "
        f"{conflict.kind} · [bold]{escape(one_line(conflict.subject))}[/] · "
        f"{conflict.attribute}{escape(one_line(period))}  "
        f"[{_STATUS_STYLE.get(state.status, 'bold')}]\\[{state.status}][/]  "
        f"[dim]{escape(one_line(conflict.id))}[/]",
        emoji=False,
    )
    parts: list = [header, Text(one_line(conflict.explanation))]
    if state.decision is not None:
        d = state.decision
        was = f"{d.status}" + (f" = {d.value}" if d.value else "")
        parts.append(Text(one_line(f"decision: {was} by {d.who} on {d.when}"
                                   + (f" — {d.note}" if d.note else "")), style="dim"))
    if state.status == "changed":
        parts.append(Text(one_line(f"changed since review: {state.change}"),
                          style="bold magenta"))
    panels = []
    for side in conflict.sides:
        body = Text()
        for claim_id in side.claims:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            document = documents.get(claim.document)
            meta = [claim.document]
            if document is not None:
                meta += [document.source or "", document.language,
                         document.published.isoformat() if document.published else ""]
            if body:
                body.append("\n\n")
            body.append(one_line(" · ".join(m for m in meta if m)) + "\n", style="dim")
            body.append_text(evidence(claim, style="bold black on yellow"))
        panels.append(Panel(body, title=Text(one_line(side.value), style="bold cyan"),
                            expand=True))
    grid = Table.grid(expand=True, padding=(0, 1))
    for _ in panels:
        grid.add_column(ratio=1)
    grid.add_row(*panels)
    parts.append(grid)
    return Group(*parts)
