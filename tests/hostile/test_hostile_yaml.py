"""Safe YAML: front matter and reviews.yaml refuse anchors, aliases, oversize and wrong types;
rewriting reviews.yaml keeps what a person wrote in it; 10,000 decisions load fast, and the fast
readers read exactly what the general ones do."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hostile_corpus import ARTICLE_A, front_matter, two_sources
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import cli as cli_module
from claimcheck.budgets import MAX_FRONT_MATTER_BYTES
from claimcheck.errors import DataError
from claimcheck.ingest import ingest
from claimcheck.review import blockyaml
from claimcheck.review.store import (
    Decision,
    Decisions,
    SideSnapshot,
    _layout_of,
    _load_data,
    _parse,
    _read_own_layout,
    dump_decisions,
    load_decisions,
    make_decision,
    record,
    restore,
    reviews_path,
    rewritten,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_review import clock, sample_report  # noqa: E402

#: Nine levels of nine aliases: 9^9 = 387 million list items once expanded, in 600 bytes.
BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]"
       for i in range(8)])


# --------------------------------------------------------------------------- front matter


def test_an_alias_bomb_in_front_matter_is_refused_at_once(tmp_path):
    two_sources(tmp_path / "c")
    bomb = BOMB.replace("i: &i", "published: &i")
    (tmp_path / "c" / "bomb.md").write_text(f"---\n{bomb}\n---\n{ARTICLE_A}")
    documents, skipped = ingest([tmp_path / "c"])
    [item] = skipped
    assert item.reason.startswith("malformed front matter: line 2: anchors and aliases")
    assert len(documents) == 2


def test_front_matter_over_its_budget_is_refused(tmp_path):
    big = "title: " + "x" * (MAX_FRONT_MATTER_BYTES + 10)
    (tmp_path / "a.md").write_text(f"---\n{big}\n---\n{ARTICLE_A}")
    [item] = ingest([tmp_path])[1]
    assert item.reason == "malformed front matter: larger than 64 KB"


@pytest.mark.parametrize("meta, reason", [
    ({"title": "[1, 2, 3]"}, "title is not text"),
    ({"source": "{a: b}"}, "source is not text"),
    ({"published": "[" + ", ".join(["2024"] * 5000) + "]"}, "not a date (YYYY-MM-DD): a list"),
    ({"published": "'" + "next week " * 1000 + "'"}, "'next week next week next week next week …'"),
    ({"language": "[it, fr]"}, "language is not text (a list)"),
])
def test_front_matter_values_are_type_checked_before_they_are_shown(tmp_path, meta, reason):
    (tmp_path / "a.md").write_text(front_matter(ARTICLE_A, **meta))
    [item] = ingest([tmp_path])[1]
    assert reason in item.reason and len(item.reason) < 200


# --------------------------------------------------------------------------- reviews.yaml


@pytest.fixture
def reviewed(tmp_path) -> Path:
    report = sample_report()
    path = reviews_path(tmp_path)
    record(path, make_decision(report.conflicts[0], report, "confirmed", who="ana", clock=clock))
    return path


@pytest.mark.parametrize("text, line, problem", [
    (BOMB.replace("a: &a", "version: 1\ndecisions:\n  x: &a"), 3, "anchors and aliases"),
    ("version: 1\ndecisions: {a: &x {status: waived}, b: *x}\n", 2, "anchors and aliases"),
    ("version: 1\ndecisions:\n  a:\n    status: waived\n    sides:\n    - value: $1B\n"
     "      documents: 5\n", 7, "'documents' must be a list, not 5"),
    ("version: 1\ndecisions: 5\n", 2, "'decisions' must map conflict ids"),
    ("version: 1\ndecisions:\n  a:\n    status: [waived, confirmed]\n", 4, "status a list"),
    ("version: 1\ndecisions:\n  a:\n    status: waived\n    note: {a: 1}\n", 5,
     "'note' must be text, not a mapping"),
    ("version: 1\ndecisions:\n  a:\n    status: waived\n  b:\n    status: waived\n"
     "  a:\n    status: confirmed\n", 7, "'a' is written twice (first on line 3)"),
    ("version: 1\ndecisions: {a: {status: waived}, a: {status: dismissed}}\n", 2,
     "'a' is written twice"),
])
def test_a_bad_decisions_file_is_E002_with_its_line_and_stays_untouched(tmp_path, text, line,
                                                                        problem):
    path = reviews_path(tmp_path)
    path.write_text(text)
    with pytest.raises(DataError, match=rf"\[E002\] .*reviews\.yaml:{line}: .*"):
        load_decisions(path)
    with pytest.raises(DataError) as raised:
        report = sample_report()
        record(path, make_decision(report.conflicts[0], report, "waived", who="x"))
    assert problem in str(raised.value)
    assert path.read_text() == text


def test_review_check_and_report_stop_at_a_bombed_decisions_file(tmp_path):
    corpus = two_sources(tmp_path / "c")
    bombed = BOMB.replace("a: &a", "version: 1\ndecisions:\n  x: &a")
    (corpus / "reviews.yaml").write_text(bombed)
    runner = CliRunner()
    for command in (["review", str(corpus), "--list"], ["check", str(corpus)],
                    ["report", str(corpus), "--format", "html"]):
        result = runner.invoke(cli_module.cli, command)
        assert result.exit_code == 2, (command, result.output)
        assert "anchors and aliases" in result.output
    assert (corpus / "reviews.yaml").read_text() == bombed


def test_a_rewrite_keeps_comments_unknown_keys_mode_and_symlink(tmp_path, reviewed):
    report = sample_report()
    text = reviewed.read_text().replace(
        "decisions:\n", "team: data-desk  # who owns this file\ndecisions:\n  # checked twice\n")
    text = text.replace("    status: confirmed\n",
                        "    status: confirmed\n    ticket: NEWS-42\n    # inner note\n")
    real = tmp_path / "shared" / "reviews.yaml"
    real.parent.mkdir()
    real.write_text(text + "# end of file\n")
    real.chmod(0o640)
    reviewed.unlink()
    reviewed.symlink_to(real)
    record(reviewed, make_decision(report.conflicts[1], report, "dismissed", who="bo",
                                   clock=clock))
    record(reviewed, make_decision(report.conflicts[0], report, "waived", who="bo", clock=clock))
    after = real.read_text()
    assert reviewed.is_symlink() and stat.S_IMODE(real.stat().st_mode) == 0o640
    for kept in ("team: data-desk  # who owns this file\n", "  # checked twice\n",
                 "    ticket: NEWS-42\n", "# inner note\n", "# end of file\n"):
        assert kept in after
    assert after.startswith(text.split("decisions:")[0])  # the header, byte for byte
    decisions = load_decisions(reviewed)
    assert decisions.get(report.conflicts[0].id).status == "waived"
    assert decisions.get(report.conflicts[1].id).status == "dismissed"
    restore(reviewed, report.conflicts[1].id, None)
    assert "team: data-desk" in real.read_text()
    assert report.conflicts[1].id not in load_decisions(reviewed).by_id


def test_ten_thousand_decisions_load(tmp_path):
    """The figure is in scripts/bench_review.py; here, that they all load, and one is right."""
    entry = ("  value_mismatch:acme-{n}:revenue:2024:\n    status: confirmed\n    note: ''\n"
             "    who: ana\n    when: '2025-06-20T09:30:00+00:00'\n    conflict:\n"
             "      kind: value_mismatch\n      subject: Acme {n}\n      attribute: revenue\n"
             "      period: '2024'\n      severity: high\n    sides:\n    - value: $870M\n"
             "      documents:\n      - a\n      quotes:\n      - 870 million\n"
             "    - value: $900M\n      documents: [b]\n      quotes: []\n")
    path = reviews_path(tmp_path)
    path.write_text("version: 1\ndecisions:\n" + "".join(entry.format(n=n) for n in range(10_000)))
    decisions = load_decisions(path)
    assert len(decisions.by_id) == 10_000
    last = decisions.get("value_mismatch:acme-9999:revenue:2024")
    assert last.subject == "Acme 9999" and last.period == "2024" and last.line == 2 + 9_999 * 20 + 1
    assert [s.documents for s in last.sides] == [("a",), ("b",)]


# --------------------------------------------------------------------------- the fast reader


HAND_WRITTEN = [
    "version: 1\ndecisions:\n  a:\n    status: waived   # a comment\n    note: yes\n",
    "---\nversion: 1\ndecisions:\n  'x: y':\n    status: \"dismissed\"\n    note: 'it''s'\n",
    "decisions:\n  a:\n    sides:\n    -   value: 3\n        documents: []\n"
    "    - \n      value: ~\n",
    "a: 2024-06-01\nb: 1_000\nc: 0x1F\nd: .inf\ne: null\nf: 'null'\ng: \"\\u00e9\\n\"\nh: on\n",
    "a:\n- 1\n- - 2\n", "a: |\n  text\n", "a: &x 1\n", "a: !!str 1\n", "a: [1, 2]\n",
    "a: b\n  c\n", "key with spaces: value with: colon\n", "a:\tb\n", "a: 'open\n  quote'\n",
    "? complex\n: key\n", "- a\n- b: c\n  d: e\n", "a: b # c\n#d\n\n\ne: f\n",
    # one-line flow sequences of scalars are read; anything more is left to PyYAML
    "a: [b, 'c, d', \"e\\n\", 1, 2024-06-01, ~]\n", "a: [ ]  # c\n", "a: [b]#c\n", "a: [b,]\n",
    "a: [b, [c]]\n", "a: [-1, b]\n", "a: [b: c]\n", "- [a, b]\n- ['a]' , b] # [c]\n", "a: [b\n",
    # what YAML sees as a line break or a space, and what PyYAML refuses, are left to it
    "a: b\u3000 #c\n", "a: 'b'\u3000\n", "'k'\u3000: v\n", "a: x\ry\n", "a: x\u2028y\n",
    "a: 1\n\r\r\nb: 2\n", "a: x\x07\n", "note: =\n", "a: <<\n",
]


@pytest.mark.parametrize("text", HAND_WRITTEN)
def test_the_fast_reader_reads_as_pyyaml_or_steps_aside(text):
    try:
        fast = blockyaml.parse(text)
    except blockyaml.Unsupported:
        return  # read by PyYAML instead
    except blockyaml.AliasFound:
        assert "&" in text or "*" in text
        return
    assert fast == yaml.safe_load(text)


@settings(max_examples=80, deadline=None)
@given(note=st.text(max_size=60), who=st.text(max_size=12),
       conflict_id=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                           min_size=1, max_size=30))
def test_every_file_claimcheck_writes_is_read_fast_and_exactly(note, who, conflict_id):
    """Notes and names are free text; conflict ids are slugs of names (no line breaks)."""
    decision = Decision(id=conflict_id, status="resolved", value=note or "x", note=note, who=who,
                        when="2025-06-20T09:30:00+00:00",
                        sides=(SideSnapshot(who, ("doc: 1",), (note,)),), severity="high")
    text = dump_decisions({conflict_id: decision})
    assert blockyaml.parse(text) == yaml.safe_load(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab :#-?'\"[],&*1y\u3000\u00a0"), min_size=1,
               max_size=12).map(lambda text: text.lstrip(" ")).filter(bool))
def test_a_plain_key_is_found_where_the_expression_finds_it(text):
    """``_split_key`` finds plain keys with ``str.find``; ``_PLAIN_KEY`` says what it must find."""
    if text[0] in "'\"":
        return
    match = blockyaml._PLAIN_KEY.match(text)
    expected = None if match is None or " #" in match[1] else (
        blockyaml._plain(match[1]), match[2])
    assert blockyaml._split_key(text) == expected


def test_mode_of_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        report = sample_report()
        record(reviews_path(tmp_path), make_decision(report.conflicts[0], report, "waived",
                                                     who="x", clock=clock))
    finally:
        os.umask(old)
    assert stat.S_IMODE(reviews_path(tmp_path).stat().st_mode) == 0o640


# --------------------------------------------------------------------------- the own-layout reader


def _decisions(notes: list[str], ids: list[str]) -> dict[str, Decision]:
    """A decision per id (as many as there are notes), its sides in the order given: the file
    gives them back sorted."""
    made = {}
    for number, (note, conflict_id) in enumerate(zip(notes, ids, strict=False)):
        sides = (SideSnapshot(note or "$1B", ("doc: 1", f"norvik-{number}"), (note,)),
                 SideSnapshot("$2B", (f"b-{number}",), ()))
        made[conflict_id] = Decision(
            id=conflict_id, status=("resolved", "confirmed", "waived")[number % 3],
            value=(note or "x") if number % 3 == 0 else None, note=note, who="Norvik desk",
            when="2025-06-20T09:30:00+00:00", sides=sides, subject="Norvik Group",
            period="2024" if number % 2 else None, severity="high")
    return made


HAND_EDITS = {
    "comment line": lambda line: [line, "    # checked by phone"],
    "comment at column 0": lambda line: [line, "# the desk"],
    "blank line": lambda line: [line, ""],
    "comment at the end": lambda line: [line + "  # why" if line.strip() else line],
    "a key of its own": lambda line: [line, "    ticket: NEWS-42"] if line.startswith(
        "    status:") else [line],
    "a flow list": lambda line: [line[:-1] + " [a-wire, 'b: c']"] if line.endswith(
        "documents:") else [line],
    "an extra side item": lambda line: [line, "      - b-extra"] if line.startswith(
        "      - ") else [line],
}


@settings(max_examples=150, deadline=None)
@given(notes=st.lists(st.text(max_size=20), min_size=1, max_size=4),
       ids=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                            min_size=1, max_size=30), min_size=4, max_size=4, unique=True),
       edits=st.lists(st.tuples(st.sampled_from(sorted(HAND_EDITS)), st.integers(0, 10**6)),
                      max_size=3))
def test_the_own_layout_reader_reads_what_the_general_reader_reads(notes, ids, edits):
    """Decisions as claimcheck writes them, then edited by hand: the fast reader reads every
    decision (lines included) as blockyaml and ``_parse`` do, or leaves the file to them."""
    path = Path("reviews.yaml")
    text = dump_decisions(_decisions(notes, ids))
    if not edits:
        assert _read_own_layout(text, path) is not None  # what claimcheck writes, read fast
    lines = text.split("\n")
    first = lines.index("decisions:") + 1
    for name, where in edits:
        at = first + where % (len(lines) - 1 - first)
        lines[at:at + 1] = HAND_EDITS[name](lines[at])
    text = "\n".join(lines)
    fast = _read_own_layout(text, path)
    try:
        data, block_style = _load_data(text, path)
        general = _parse(data, path)
    except DataError:
        assert fast is None
        return
    if fast is not None:
        assert fast[0] == general
        layout = _layout_of(Decisions(path, data=data))  # where a rewrite finds each decision
        assert (fast[1].decisions, fast[1].spans) == (layout.decisions, layout.spans)
        first = min(general)
        edited = {**general, first: replace(general[first], status="waived", note="later")}
        assert rewritten(Decisions(path, fast[0], text, block_style=True, data_read=False,
                                   layout=fast[1]), edited) == rewritten(
            Decisions(path, general, text, data, block_style), edited)


def test_a_comment_or_a_flow_list_in_one_decision_leaves_the_others_to_the_fast_reader(tmp_path):
    report = sample_report()
    path = reviews_path(tmp_path)
    for conflict in report.conflicts:
        record(path, make_decision(conflict, report, "confirmed", who="ana", clock=clock))
    text = path.read_text()
    edited = text.replace("    status: confirmed\n", "    status: confirmed\n    # checked\n", 1)
    edited = edited.replace("      documents:\n      - c-handel\n", "      documents: [c-handel]\n")
    for variant in (text, edited, edited + "# the end\n\n"):
        fast = _read_own_layout(variant, path)
        assert fast is not None and fast[0] == _parse(_load_data(variant, path)[0], path)
    for beyond in (edited + "team: data-desk\n", edited.replace("version: 1\n", "version: 1\n"
                                                                 "team: data-desk\n"),
                   edited.replace("\n", "\r\n"), edited + "  x: [\n"):
        assert _read_own_layout(beyond, path) is None  # left to the general reader


def _three_decisions(path: Path) -> str:
    report = sample_report()
    for conflict, status in zip(report.conflicts, ("confirmed", "waived", "dismissed"),
                                strict=True):
        record(path, make_decision(conflict, report, status, note="first", who="ana",
                                   clock=clock))
    return path.read_text()


@pytest.mark.parametrize("old, new, problem", [
    ("status: waived", "status: maybe", "status 'maybe'"),
    ("note: first\n", "note: *x\n", "anchors and aliases"),
    ("note: first\n", "note: =\n", "not valid YAML"),
    ("note: first\n", "note: [a, b]\n", "'note' must be text, not a list"),
    ("  period_mismatch-beta-revenue:\n", "  category_mismatch-beta-deal_type:\n",
     "'category_mismatch-beta-deal_type' is written twice (first on line 6)"),
])
def test_a_bad_decision_in_a_file_claimcheck_wrote_is_E002_with_its_line(tmp_path, old, new,
                                                                         problem):
    """The fast reader leaves a file it cannot read to the general one, which names the line."""
    path = reviews_path(tmp_path)
    text = _three_decisions(path)
    at = text.rindex(old) if "note" in old else text.index(old)  # the last decision's note
    broken = text[:at] + new + text[at + len(old):]
    path.write_text(broken)
    line = broken[:at].count("\n") + 1
    with pytest.raises(DataError, match=rf"\[E002\] .*reviews\.yaml:{line}: .*") as raised:
        load_decisions(path)
    assert problem in str(raised.value)
    assert path.read_text() == broken


@settings(max_examples=100, deadline=None)
@given(notes=st.lists(st.text(max_size=12), min_size=2, max_size=4),
       comments=st.lists(st.tuples(st.integers(0, 10**6), st.booleans(), st.integers(0, 8)),
                         min_size=1, max_size=8),
       change=st.sampled_from(["confirmed", "resolved", "taken out"]))
def test_no_comment_written_in_the_file_is_lost_by_a_rewrite(tmp_path_factory, notes, comments,
                                                              change):
    """Comment lines (at any indentation) and comments at the ends of lines, anywhere among the
    decisions: after one decision is changed or taken out, each is still in the file."""
    path = reviews_path(tmp_path_factory.mktemp("reviews"))
    decisions = _decisions(notes, [f"value_mismatch-norvik-{n}" for n in range(len(notes))])
    lines = dump_decisions(decisions).split("\n")
    first = lines.index("decisions:") + 1
    for number, (where, at_end, indent) in enumerate(comments):
        at = first + where % (len(lines) - 1 - first)
        if at_end:
            lines[at] += f"  # note {number}"
        else:
            lines.insert(at + 1, " " * indent + f"# note {number}")
    path.write_text("\n".join(lines))
    target = decisions["value_mismatch-norvik-0"]
    if change == "taken out":
        restore(path, target.id, None)
    else:
        record(path, replace(target, status=change, value="$3B" if change == "resolved" else None))
    after = path.read_text()
    assert all(f"# note {number}" in after for number in range(len(comments)))
    read = load_decisions(path).by_id
    if change == "taken out":
        assert sorted(read) == sorted(decisions.keys() - {target.id})
    else:
        assert sorted(read) == sorted(decisions) and read[target.id].status == change
