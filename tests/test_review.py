"""Review decisions: the reviews.yaml store, statuses, the interactive loop and the CLI."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from claimcheck import cli as cli_module
from claimcheck.errors import DataError
from claimcheck.model import Claim, Conflict, Document, Report, Side, Value
from claimcheck.review.session import ReviewSession
from claimcheck.review.store import (
    load_decisions,
    make_decision,
    record,
    restore,
    review_states,
    reviews_path,
    vanished,
)

FIXED = datetime(2025, 6, 20, 9, 30, tzinfo=UTC)


def clock() -> datetime:
    return FIXED


# --------------------------------------------------------------------------- a hand-made report

TEXTS = {
    "a-wire": ("Acme buys Beta.\nAcme agreed to pay $14.3 billion for Beta, the company said.\n"
               "It is an acquisition. Beta had revenue of $870 million in 2024.\n"),
    "b-corriere": ("Acme e Beta.\nAcme pagherà 14,3 miliardi di dollari per Beta.\n"
                   "Acme rileva una quota del 49% di Beta.\n"),
    "c-handel": ("Acme und Beta.\n\nAcme zahlt 15 Mrd. US-Dollar für Beta.\n"
                 "Beta erzielte 2023 einen Umsatz von rund 870 Millionen US-Dollar.\n"),
}
META = {
    "a-wire": ("en", "Ledger Wire <script>alert(1)</script>", "2025-06-13"),
    "b-corriere": ("it", "Corriere", "2025-06-13"),
    "c-handel": ("de", "Handelsblick", "2025-06-14"),
}


def _document(doc_id: str, folder: str = "corpus") -> Document:
    language, source, published = META[doc_id]
    return Document(
        id=doc_id, path=f"{folder}/{doc_id}.md", text=TEXTS[doc_id], language=language,
        title=f"{source} story", source=source,
        published=datetime.fromisoformat(published).date(), body_line=6,
    )


def _claim(claim_id: str, doc_id: str, attribute: str, written: str, kind: str,
           point: float | None = None, label: str | None = None, unit: str | None = None,
           period: str | None = None) -> Claim:
    text = TEXTS[doc_id]
    value_start = text.index(written)
    start = text.rfind("\n", 0, value_start) + 1
    end = text.index("\n", value_start)
    return Claim(
        id=claim_id, document=doc_id, subject="Beta", attribute=attribute,
        value=Value(kind=kind, text=written, low=point, high=point, unit=unit, label=label,
                    point=point),
        period=period, modality="asserted", sentence=text[start:end], start=start, end=end,
        value_start=value_start, value_end=value_start + len(written), rule="test.v1",
    )


def sample_report(folder: str = "corpus", with_c: bool = True) -> Report:
    """Three articles, three conflicts of three severities; ``with_c`` drops the German one."""
    docs = ["a-wire", "b-corriere"] + (["c-handel"] if with_c else [])
    claims = [
        _claim("k1", "a-wire", "deal_value", "$14.3 billion", "money", 14.3e9, unit="USD"),
        _claim("k2", "b-corriere", "deal_value", "14,3 miliardi di dollari", "money", 14.3e9,
               unit="USD"),
        _claim("k4", "a-wire", "deal_type", "acquisition", "category", label="acquisition"),
        _claim("k5", "b-corriere", "deal_type", "quota del 49%", "category",
               label="minority_stake"),
        _claim("k6", "a-wire", "revenue", "$870 million", "money", 870e6, unit="USD",
               period="2024"),
    ]
    conflicts = [
        Conflict(id="category_mismatch-beta-deal_type", kind="category_mismatch", subject="Beta",
                 attribute="deal_type", period=None, severity="medium", confidence=0.8,
                 explanation="an acquisition against a minority stake",
                 sides=(Side("acquisition", ("k4",)), Side("minority_stake", ("k5",)))),
    ]
    if with_c:
        claims += [
            _claim("k3", "c-handel", "deal_value", "15 Mrd. US-Dollar", "money", 15e9, unit="USD"),
            _claim("k7", "c-handel", "revenue", "rund 870 Millionen US-Dollar", "money", 870e6,
                   unit="USD", period="2023"),
        ]
        conflicts += [
            Conflict(id="value_mismatch-beta-deal_value", kind="value_mismatch", subject="Beta",
                     attribute="deal_value", period=None, severity="high", confidence=0.9,
                     explanation="$14.3B against $15B",
                     sides=(Side("$14.3B", ("k1", "k2")), Side("$15B", ("k3",)))),
            Conflict(id="period_mismatch-beta-revenue", kind="period_mismatch", subject="Beta",
                     attribute="revenue", period=None, severity="low", confidence=0.7,
                     explanation="the same $870M dated 2024 and 2023",
                     sides=(Side("$870M in 2024", ("k6",)), Side("$870M in 2023", ("k7",)))),
        ]
    return Report(documents=[_document(d, folder) for d in docs], claims=claims,
                  conflicts=conflicts)


def with_extra_side(report: Report) -> Report:
    """The deal value conflict gains a third side from a new article."""
    extra = Document(id="d-extra", path="corpus/d-extra.md", text="Acme pays $16 billion.\n",
                     language="en", body_line=1)
    claim = Claim(id="k9", document="d-extra", subject="Beta", attribute="deal_value",
                  value=Value(kind="money", text="$16 billion", low=16e9, high=16e9, unit="USD",
                              point=16e9),
                  period=None, modality="asserted", sentence="Acme pays $16 billion.", start=0,
                  end=22, value_start=10, value_end=21)
    conflicts = [
        Conflict(**{**{f: getattr(c, f) for f in Conflict.__slots__},
                    "sides": c.sides + (Side("$16B", ("k9",)),)})
        if c.id == "value_mismatch-beta-deal_value" else c
        for c in report.conflicts
    ]
    return Report(documents=report.documents + [extra], claims=report.claims + [claim],
                  conflicts=conflicts)


# --------------------------------------------------------------------------- the store


def test_no_file_means_every_conflict_is_open(tmp_path: Path) -> None:
    report = sample_report()
    states = review_states(report, load_decisions(tmp_path / "reviews.yaml"))
    assert {s.status for s in states.values()} == {"open"}


def test_decision_round_trips_sorted_with_snapshot(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    by_id = {c.id: c for c in report.conflicts}
    record(path, make_decision(by_id["value_mismatch-beta-deal_value"], report, "confirmed",
                               note="15 is a rounding", who="ana", clock=clock))
    record(path, make_decision(by_id["category_mismatch-beta-deal_type"], report, "resolved",
                               value="minority_stake", who="ana", clock=clock))
    text = path.read_text()
    assert text.index("category_mismatch-beta-deal_type") < text.index("value_mismatch-beta")
    assert "when: '2025-06-20T09:30:00+00:00'" in text
    assert "14,3 miliardi di dollari" in text  # quotes kept, unicode as is
    assert "k1" not in text  # never a claim id
    decisions = load_decisions(path)
    decision = decisions.get("value_mismatch-beta-deal_value")
    assert decision is not None and decision.who == "ana" and decision.note == "15 is a rounding"
    assert [s.documents for s in decision.sides] == [("a-wire", "b-corriere"), ("c-handel",)]
    states = review_states(report, decisions)
    assert states["value_mismatch-beta-deal_value"].status == "confirmed"
    assert states["category_mismatch-beta-deal_type"].status == "resolved"
    assert states["period_mismatch-beta-revenue"].status == "open"


def test_new_side_makes_a_decision_changed(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    record(path, make_decision(report.conflicts[1], report, "dismissed", who="x", clock=clock))
    state = review_states(with_extra_side(report), load_decisions(path))[report.conflicts[1].id]
    assert state.status == "changed"
    assert "new side $16B (d-extra)" in state.change


def test_dropped_confirmed_conflict_is_vanished(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    for conflict in report.conflicts:
        record(path, make_decision(conflict, report, "confirmed", who="x", clock=clock))
    gone = vanished(sample_report(with_c=False), load_decisions(path))
    assert [d.id for d in gone] == ["period_mismatch-beta-revenue",
                                   "value_mismatch-beta-deal_value"]
    assert gone[1].subject == "Beta" and gone[1].severity == "high"


def test_resolved_needs_a_value() -> None:
    report = sample_report()
    with pytest.raises(DataError, match="correct value"):
        make_decision(report.conflicts[0], report, "resolved", who="x")


@pytest.mark.parametrize("broken, line", [
    ("version: 1\ndecisions:\n  abc:\n    status: confirmed\n    note: a: b\n  d: {}\n", 5),
    ("version: 1\ndecisions:\n  abc:\n    status: maybe\n", 4),
    ("version: 1\ndecisions:\n  abc: {status: resolved}\n", 3),
])
def test_corrupt_file_names_its_line_and_stays_byte_identical(tmp_path: Path, broken: str,
                                                              line: int) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    path.write_bytes(broken.encode())
    with pytest.raises(DataError, match=rf"reviews\.yaml:{line}:"):
        record(path, make_decision(report.conflicts[0], report, "confirmed", who="x"))
    assert path.read_bytes() == broken.encode()


# --------------------------------------------------------------------------- comments by hand

DEAL_TYPE = "category_mismatch-beta-deal_type"


def _hand_commented(path: Path, newline: str = "\n") -> str:
    """The deal-type decision, resolved, with a reviewer's comments inside it: between its keys,
    after its note, at the ends of lines (its id, its status, its value, a document)."""
    report = sample_report()
    record(path, make_decision(report.conflicts[0], report, "resolved", value="minority_stake",
                               note="rounded by the wire", who="ana", clock=clock))
    text = path.read_text()
    for line, commented in (
        (f"  {DEAL_TYPE}:\n", f"  {DEAL_TYPE}:  # Norvik desk, 12 June\n"),
        ("    status: resolved\n", "    status: resolved   # asked the desk\n"
                                   "    # the filing settles it\n"),
        ("    value: minority_stake\n", "    value: minority_stake  # per the filing\n"),
        ("    note: rounded by the wire\n", "    note: rounded by the wire\n"
                                            "    # see the thread of 12 June\n\n"),
        ("      - a-wire\n", "      - a-wire  # the wire only\n"),
    ):
        assert line in text
        text = text.replace(line, commented)
    path.write_bytes(text.replace("\n", newline).encode())
    return text


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_comments_inside_a_rewritten_decision_stay_where_they_were(tmp_path: Path,
                                                                   newline: str) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    before = _hand_commented(path, newline)
    record(path, make_decision(report.conflicts[0], report, "resolved", value="minority_stake",
                               note="rounded by the wire", who="bo", clock=clock))
    after = path.read_bytes().decode().replace(newline, "\n")
    assert after == before.replace("    who: ana\n", "    who: bo\n")  # only its own line
    decision = load_decisions(path).get(DEAL_TYPE)
    assert (decision.status, decision.who, decision.value) == ("resolved", "bo", "minority_stake")


def test_comments_stay_when_the_status_changes_and_a_key_goes(tmp_path: Path) -> None:
    """Resolved becomes confirmed: ``value`` goes, what was said about it stays as a line."""
    report = sample_report()
    path = reviews_path(tmp_path)
    _hand_commented(path)
    record(path, make_decision(report.conflicts[0], report, "confirmed", note="rounded by the wire",
                               who="bo", clock=clock))
    after = path.read_text()
    assert (f"  {DEAL_TYPE}:  # Norvik desk, 12 June\n"
            "    status: confirmed   # asked the desk\n"
            "    # the filing settles it\n"
            "    # per the filing\n"
            "    note: rounded by the wire\n"
            "    # see the thread of 12 June\n"
            "\n"
            "    who: bo\n") in after
    assert "      - a-wire  # the wire only\n" in after
    decision = load_decisions(path).get(DEAL_TYPE)
    assert (decision.status, decision.value, decision.who) == ("confirmed", None, "bo")


def test_a_decision_taken_out_leaves_its_comments(tmp_path: Path) -> None:
    path = reviews_path(tmp_path)
    _hand_commented(path)
    restore(path, DEAL_TYPE, None)
    after = path.read_text()
    assert f"{DEAL_TYPE}:" not in after and "    status:" not in after
    assert after.endswith("decisions:\n  # Norvik desk, 12 June\n    # asked the desk\n"
                          "    # the filing settles it\n    # per the filing\n"
                          "    # see the thread of 12 June\n      # the wire only\n")
    assert load_decisions(path).by_id == {}


def test_a_file_of_comments_alone_keeps_them_above_the_first_decision(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    path.write_text("# Norvik desk: decisions on the merger stories\n\n# ask before waiving\n")
    record(path, make_decision(report.conflicts[0], report, "confirmed", who="ana", clock=clock))
    text = path.read_text()
    assert text.startswith("# Norvik desk: decisions on the merger stories\n\n"
                           "# ask before waiving\nversion: 1\ndecisions:\n  " + DEAL_TYPE + ":\n")
    assert load_decisions(path).get(DEAL_TYPE).status == "confirmed"


def test_concurrent_writers_lose_no_decision(tmp_path: Path) -> None:
    """Threads each record a decision; the lock serializes read-modify-write, none is lost."""
    report = sample_report()
    path = reviews_path(tmp_path)
    base = report.conflicts[0]
    conflicts = [Conflict(**{**{f: getattr(base, f) for f in Conflict.__slots__}, "id": f"c{i:02}"})
                 for i in range(16)]

    def decide(conflict: Conflict) -> None:
        record(path, make_decision(conflict, report, "dismissed", who="t", clock=clock))

    threads = [threading.Thread(target=decide, args=(c,)) for c in conflicts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(load_decisions(path).by_id) == [c.id for c in conflicts]


def test_concurrent_processes_lose_no_decision(tmp_path: Path) -> None:
    """Two processes hammering the same file: flock holds across processes too."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_review import sample_report, clock
        from claimcheck.model import Conflict
        from claimcheck.review.store import make_decision, record
        report = sample_report()
        base = report.conflicts[0]
        for i in range(15):
            c = Conflict(**{{**{{f: getattr(base, f) for f in Conflict.__slots__}},
                            "id": sys.argv[1] + str(i)}})
            record({str(tmp_path / 'reviews.yaml')!r}, make_decision(c, report, "waived",
                   who="p", clock=clock))
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, name]) for name in ("p", "q")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert len(load_decisions(tmp_path / "reviews.yaml").by_id) == 30


# --------------------------------------------------------------------------- interactive


def scripted(keys: str, answers: list[str] | None = None):
    """A key reader and an asker that replay a script, then end of input."""
    pending = list(keys)
    replies = list(answers or [])
    return (lambda: pending.pop(0) if pending else ""), (lambda _p: replies.pop(0))


def _session(report: Report, path: Path, keys: str, answers=None, **kwargs) -> ReviewSession:
    read_key, ask = scripted(keys, answers)
    console = Console(file=open(os.devnull, "w"), width=120)  # noqa: SIM115
    return ReviewSession(report, path, console=console, read_key=read_key, ask=ask, who="ana",
                         clock=clock, **kwargs)


def test_scripted_keys_confirm_resolve_and_skip(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    # Most severe first: deal_value (high), deal_type (medium), revenue (low).
    summary = _session(report, path, "nc?xrs", answers=["checked the filing", "acquisition"]).run()
    decisions = load_decisions(path)
    assert decisions.get("value_mismatch-beta-deal_value").status == "confirmed"
    assert decisions.get("value_mismatch-beta-deal_value").note == "checked the filing"
    assert decisions.get("category_mismatch-beta-deal_type").value == "acquisition"
    assert decisions.get("period_mismatch-beta-revenue") is None
    assert (summary.decided, summary.skipped, summary.remaining) == (2, 1, 0)


def test_quit_keeps_every_decision_and_undo_restores(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    # confirm, dismiss (saying why), undo the dismissal; input ends
    _session(report, path, "cdu", answers=["not a contradiction"]).run()
    decisions = load_decisions(path)
    assert decisions.get("value_mismatch-beta-deal_value").status == "confirmed"
    assert decisions.get("category_mismatch-beta-deal_type") is None
    # resumes with the open ones: waive deal_type (saying why), quit
    _session(report, path, "wq", answers=["not worth failing CI"]).run()
    assert load_decisions(path).get("category_mismatch-beta-deal_type").status == "waived"
    # Only the revenue conflict is left to review; --all goes through all three.
    assert [c.id for c in _session(report, path, "").queue()] == ["period_mismatch-beta-revenue"]
    assert len(_session(report, path, "", include_all=True).queue()) == 3


def test_changed_conflicts_come_back_to_review(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    _session(report, path, "ccc").run()
    changed = with_extra_side(report)
    session = _session(changed, path, "d", answers=["the new article rounds it"])
    assert [c.id for c in session.queue()] == ["value_mismatch-beta-deal_value"]
    session.run()
    assert review_states(changed, load_decisions(path))[
        "value_mismatch-beta-deal_value"].status == "dismissed"


def test_display_shows_both_sides_with_values(tmp_path: Path) -> None:
    report = sample_report()
    read_key, ask = scripted("q")
    console = Console(record=True, width=140, file=open(os.devnull, "w"))  # noqa: SIM115
    ReviewSession(report, reviews_path(tmp_path), console=console, read_key=read_key,
                  ask=ask).run()
    shown = console.export_text()
    assert "$14.3B" in shown and "$15B" in shown and "1/3" in shown
    assert "Handelsblick" in shown and "15 Mrd. US-Dollar" in shown


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus folder whose pipeline run returns the hand-made report."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    monkeypatch.setattr(cli_module, "run_pipeline", lambda paths, quiet=False: sample_report())
    monkeypatch.setenv("USER", "tester")
    return folder


def test_cli_interactive_with_scripted_input(corpus: Path, monkeypatch) -> None:
    monkeypatch.setattr(cli_module, "stdin_is_terminal", lambda: True)  # keys come scripted
    # confirm the deal value; resolve the deal type: "$15B" is no deal type, asked again
    result = CliRunner().invoke(cli_module.cli, ["review", str(corpus), "--who", "ana"],
                                input="cr$15B\nminority stake\nq")
    assert result.exit_code == 0, result.output
    assert "is not a value of deal_type" in result.output
    decisions = load_decisions(corpus / "reviews.yaml")
    assert decisions.get("value_mismatch-beta-deal_value").status == "confirmed"
    resolved = decisions.get("category_mismatch-beta-deal_type")
    assert resolved.status == "resolved" and resolved.value == "minority stake"
    assert resolved.who == "ana"


def test_cli_non_interactive_and_list(corpus: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(cli_module.cli, ["review", str(corpus), "--id", "value_mismatch",
                                          "--status", "dismissed", "--note", "rounding"])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(cli_module.cli, ["review", str(corpus), "--list"])
    lines = listed.output.splitlines()
    assert len(lines) == 3
    assert any(line.split()[:3] == ["value_mismatch-beta-deal_value", "dismissed", "high"]
               for line in lines)
    assert len({line.index(" dismissed ") if " dismissed " in line else line.index(" open ")
                for line in lines}) == 1  # statuses line up
    assert load_decisions(corpus / "reviews.yaml").get(
        "value_mismatch-beta-deal_value").note == "rounding"
    bad = runner.invoke(cli_module.cli, ["review", str(corpus), "--id", "nope",
                                         "--status", "confirmed"])
    assert bad.exit_code == 2
    reopened = runner.invoke(cli_module.cli, ["review", str(corpus), "--id",
                                              "value_mismatch-beta-deal_value", "--status", "open"])
    assert reopened.exit_code == 0
    assert load_decisions(corpus / "reviews.yaml").by_id == {}


def test_cli_corrupt_file_is_one_line_exit_2_and_untouched(corpus: Path) -> None:
    broken = b"version: 1\ndecisions:\n  x: [\n"
    (corpus / "reviews.yaml").write_bytes(broken)
    result = CliRunner().invoke(cli_module.cli, ["review", str(corpus), "--id", "x",
                                                  "--status", "waived"])
    assert result.exit_code == 2
    assert "reviews.yaml:4" in result.output and "[E002]" in result.output
    assert (corpus / "reviews.yaml").read_bytes() == broken


def test_report_shows_status_and_filters(corpus: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli_module.cli, ["review", str(corpus), "--id", "value_mismatch-beta-deal_value",
                                   "--status", "confirmed"])
    shown = runner.invoke(cli_module.cli, ["report", str(corpus)])
    assert "[confirmed]" in shown.output and "[open]" in shown.output
    only_open = runner.invoke(cli_module.cli, ["report", str(corpus), "--status", "open",
                                               "--format", "markdown"])
    assert "`open`" in only_open.output and "`confirmed`" not in only_open.output
    assert "deal_value" not in only_open.output.split("|---|---|---|---|")[1]


def test_report_json_adds_review_and_keeps_the_contract(corpus: Path) -> None:
    import json

    runner = CliRunner()
    plain = json.loads(runner.invoke(cli_module.cli, ["report", str(corpus), "--format",
                                                      "json"]).stdout)
    assert "review" not in plain["conflicts"][0]  # no reviews.yaml: contract v1 unchanged
    runner.invoke(cli_module.cli, ["review", str(corpus), "--id",
                                   "category_mismatch-beta-deal_type", "--status", "resolved",
                                   "--value", "minority_stake"])
    data = json.loads(runner.invoke(cli_module.cli, ["report", str(corpus), "--format",
                                                     "json"]).stdout)
    reviews = {c["id"]: c["review"] for c in data["conflicts"]}
    assert reviews["category_mismatch-beta-deal_type"]["status"] == "resolved"
    assert reviews["category_mismatch-beta-deal_type"]["value"] == "minority_stake"
    assert reviews["value_mismatch-beta-deal_value"]["status"] == "open"


# --------------------------------------------------------------------------- a real terminal


def test_interactive_review_through_a_real_pty(tmp_path: Path) -> None:
    """Raw-mode single keys from a pseudo-terminal, through click.getchar, no Enter needed."""
    pty = pytest.importorskip("pty")
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_review import sample_report, clock
        from claimcheck.review.session import ReviewSession
        ReviewSession(sample_report(), {str(tmp_path / 'reviews.yaml')!r}, who="pty",
                      clock=clock).run()
    """)
    pid, fd = pty.fork()
    if pid == 0:  # child: stdin/stdout are the pty
        os.execv(sys.executable, [sys.executable, "-c", script])
    output = b""
    # answer each screen as it appears: dismiss, say why (a line), quit on the next one
    script_keys = [(b"1/3", b"d"), (b"why dismissed?", b"same deal, rounded\r"),
                   (b"2/3", b"q")]
    answered_at = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            plain = re.sub(rb"\x1b\[[0-9;]*m", b"", output)
            if script_keys and script_keys[0][0] in plain[answered_at:] and (
                    plain.endswith(b"uit\r\n") or plain.rstrip().endswith(b":")):
                os.write(fd, script_keys.pop(0)[1])
                answered_at = len(plain)
    finally:
        if time.monotonic() >= deadline:
            os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output.decode(errors="replace")
    decisions = load_decisions(tmp_path / "reviews.yaml")
    assert decisions.get("value_mismatch-beta-deal_value").status == "dismissed"
    assert decisions.get("value_mismatch-beta-deal_value").note == "same deal, rounded"
    assert len(decisions.by_id) == 1


# --------------------------------------------------------------------------- round trip


@settings(max_examples=60, deadline=None)
@given(note=st.text(max_size=80), value=st.text(min_size=1, max_size=30),
       conflict_id=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1,
                           max_size=40))
def test_any_note_value_and_id_round_trip(note: str, value: str, conflict_id: str) -> None:
    """Free text a reviewer types (colons, quotes, newlines, emoji) survives the file."""
    from claimcheck.review.store import Decision, SideSnapshot, _LineLoader, _parse, dump_decisions

    decision = Decision(id=conflict_id, status="resolved", value=value, note=note, who="w",
                        when="2025-06-20T09:30:00+00:00",
                        sides=(SideSnapshot(value, ("doc: 1",), (note,)),), severity="high")
    loaded = _parse(yaml.load(dump_decisions({conflict_id: decision}), Loader=_LineLoader),
                    Path("reviews.yaml"))
    assert list(loaded) == [conflict_id]
    back = loaded[conflict_id]
    assert (back.note, back.value, back.sides) == (note, value, decision.sides)
