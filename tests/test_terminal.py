"""The command line in a real terminal: width, indents, colour, the progress bar, and the
interactive review — through a pseudo-terminal of a chosen size, or tmux."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SEED_CORPUS
from terminal_helpers import CLAIMCHECK, ROOT, TMUX, Tmux, environment, plain, run_in_pty

from claimcheck.review.store import load_decisions

COLOUR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One cache for the module's runs, so that only the first one extracts."""
    return environment(CLAIMCHECK_CACHE_DIR=str(tmp_path_factory.mktemp("cache")))


def _blocks(text: str) -> list[list[str]]:
    return [block.split("\n") for block in text.strip("\n").split("\n\n")]


def _conflict_blocks(text: str) -> list[list[str]]:
    return [b for b in _blocks(text) if re.match(r"(HIGH|MEDIUM|LOW) ", b[0])]


@pytest.mark.parametrize("columns", [60, 100, 150])
def test_report_follows_the_terminal_width_and_wrapped_lines_keep_their_indent(env, columns):
    code, output = run_in_pty(["--quiet", "report", str(SEED_CORPUS)], columns=columns, env=env)
    assert code == 0, plain(output)
    text = plain(output)
    lines = [line for line in text.split("\n") if line]
    assert max(len(line.rstrip()) for line in lines) <= columns
    assert max(len(line.rstrip()) for line in lines) > columns - 15  # it uses the width
    blocks = _conflict_blocks(text)
    assert len(blocks) == 3
    for block in blocks:  # the header at column 0, everything under it indented
        assert all(line.startswith("  ") for line in block[1:]), block
        evidence = [line for line in block if line.startswith("    ")]
        assert evidence and all(line.startswith("    ") for line in block[block.index(
            evidence[0]):] if not re.match(r"  \S", line))
    assert "coverage: " in text and "compared" in text
    assert COLOUR.search(output.decode("utf-8", "replace"))  # a terminal gets colour


@pytest.mark.parametrize("how", ["NO_COLOR", "--color never"])
def test_a_terminal_without_colour_when_asked(env, how):
    args = ["--quiet", "report", str(SEED_CORPUS)]
    if how == "NO_COLOR":
        code, output = run_in_pty(args, env={**env, "NO_COLOR": "1"})
    else:
        code, output = run_in_pty(["--color", "never", *args], env=env)
    assert code == 0
    assert not COLOUR.search(output.decode("utf-8", "replace"))
    assert "HIGH period_mismatch" in plain(output)


def test_pipes_get_plain_text_at_a_fixed_width_unless_colour_is_forced(env):
    piped = subprocess.run([*CLAIMCHECK, "report", str(SEED_CORPUS)], capture_output=True,
                           text=True, env=env, cwd=ROOT, check=True)
    assert "\x1b" not in piped.stdout and "\x1b" not in piped.stderr
    assert piped.stderr == ""  # no progress bar, no note
    assert max(len(line) for line in piped.stdout.splitlines()) <= 100
    assert not any(line != line.rstrip() for line in piped.stdout.splitlines())
    forced = subprocess.run([*CLAIMCHECK, "--color", "always", "report", str(SEED_CORPUS)],
                            capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert COLOUR.search(forced.stdout)
    narrow = subprocess.run([*CLAIMCHECK, "report", str(SEED_CORPUS)], capture_output=True,
                            text=True, env={**env, "COLUMNS": "70"}, cwd=ROOT, check=True)
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 70


def test_claims_are_a_table_on_a_wide_terminal_and_blocks_on_a_narrow_one(env):
    code, wide = run_in_pty(["-q", "claims", str(SEED_CORPUS)], columns=170, env=env)
    assert code == 0
    wide_text = plain(wide)
    assert "┃ document" in wide_text and max(map(len, wide_text.split("\n"))) <= 170
    code, narrow = run_in_pty(["-q", "claims", str(SEED_CORPUS)], columns=80, env=env)
    assert code == 0
    text = plain(narrow)
    assert "┃" not in text and "│" not in text
    lines = [line for line in text.split("\n") if line]
    assert max(len(line) for line in lines) <= 80
    firsts = [n for n, line in enumerate(lines) if " · " in line and not line.startswith(" ")]
    assert len(firsts) >= 60  # one block per claim: its first line at column 0 ...
    assert lines[firsts[0] + 1].startswith("  trigger ")  # ... the rest indented


def test_the_progress_bar_counts_documents_with_the_stage_on_a_terminal_only(env, tmp_path):
    report = tmp_path / "report.txt"
    code, screen = run_in_pty(["report", str(SEED_CORPUS), "--no-cache"], env=env,
                              stdout_file=report)
    assert code == 0
    shown = plain(screen)
    assert re.search(r"(reading|extracting|comparing)\s.*\d/5 documents", shown), shown
    assert "documents" not in report.read_text().split("\n")[0][20:]  # the report is clean
    assert "5 documents (1 de, 1 fr, 3 it)" in report.read_text()
    code, quiet = run_in_pty(["--quiet", "report", str(SEED_CORPUS), "--no-cache"], env=env,
                             stdout_file=report)
    assert code == 0 and "/5 documents" not in plain(quiet)
    piped = subprocess.run([*CLAIMCHECK, "report", str(SEED_CORPUS), "--no-cache"],
                           capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert piped.stderr == ""


def test_verbose_says_what_was_read_and_compared_on_stderr(env):
    done = subprocess.run([*CLAIMCHECK, "--verbose", "report", str(SEED_CORPUS), "--format",
                           "json"], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True)
    assert done.stdout.startswith("{")
    assert re.search(r"5 documents read, 0 files skipped; \d+ figures seen, \d+ claims made, "
                     r"\d+ compared; 3 conflicts; [\d.]+ s", done.stderr), done.stderr


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_interactive_review_in_tmux_asks_why_and_fits_the_window(env, tmp_path: Path):
    corpus = tmp_path / "meta"
    shutil.copytree(SEED_CORPUS, corpus, ignore=shutil.ignore_patterns("reviews.yaml",
                                                                       ".reviews*"))
    command = " ".join([*(f"'{part}'" for part in CLAIMCHECK), "review", str(corpus),
                        "--who", "tmux"])
    session = Tmux(command, columns=100, rows=50, env=env)
    try:
        session.wait_for("1/3")
        session.wait_for("uit")
        # the panels may be drawn a moment after the header: read the screen once they are
        screen = session.wait_for("╭", timeout=30)
        assert all(len(line) <= 100 for line in screen.split("\n"))
        assert "╭" in screen  # the sides as panels
        session.send("d")
        session.wait_for("why dismissed?")
        session.send("the same deal, reported twice", "Enter")
        session.wait_for("2/3")
        session.send("q")
        session.wait_for("Saved in")
    finally:
        session.close()
    decisions = load_decisions(corpus / "reviews.yaml").by_id
    assert len(decisions) == 1
    decision = next(iter(decisions.values()))
    assert decision.status == "dismissed" and decision.note == "the same deal, reported twice"
    assert decision.who == "tmux"
