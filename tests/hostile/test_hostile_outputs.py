"""Outputs that cannot be forged or broken: hostile file names, front matter and article text
reach every format, and none of them prints a CI command, raw HTML, a broken code span or XML
that does not parse."""

from __future__ import annotations

import base64
import hashlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hostile_corpus import ARTICLE_A, two_sources

from claimcheck import cli as cli_module
from claimcheck.report.safe import markdown, neutralized, one_line, visible, xml_text

HOSTILE_NAME = "x\n::error::forged `<img src=x onerror=alert(1)>` [red on blue]\x1b[2J\x07.md"
HOSTILE_META = {
    "title": '"::add-mask::secret\\n::stop-commands::t0k3n"',
    "source": '"Wire ##[set-output name=x;]y <b>bold</b> `tick` \\u202e"',
}
HOSTILE_BODY = ARTICLE_A.replace(
    "the company said", "##[error]forged ::warning::x <script>alert(1)</script> the company said")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "c"
    two_sources(folder, a_name=HOSTILE_NAME, a_meta=HOSTILE_META, a_body=HOSTILE_BODY)
    (folder / "bad\n::error::binary.txt").write_bytes(b"\x00\x01binary")
    return folder


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli_module.cli, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.output


def _no_command(output: str, allowed: tuple[str, ...] = ()) -> None:
    for line in output.split("\n"):
        if line.lstrip().startswith("::"):
            assert line.startswith(allowed), line
    assert "##[" not in output
    assert "\x1b" not in output and "\x07" not in output


def test_the_text_report_prints_no_workflow_command(corpus):
    output = _invoke("report", str(corpus))
    _no_command(output)
    assert "conflicts" in output.split("\n")[0] and "\\n" in output  # the name, on one line


def test_the_claims_table_prints_no_workflow_command(corpus):
    _no_command(_invoke("claims", str(corpus), "--quiet"))


def test_claims_shows_rich_markup_in_a_file_name_as_written(tmp_path):
    two_sources(tmp_path / "c", a_name="[red on blue]x.md")
    output = _invoke("claims", str(tmp_path / "c"), "--quiet")
    assert "[redonblue]x" in output.replace("\n", "").replace(" ", "").replace("│", "")


def test_check_text_and_github_print_no_forged_command(corpus):
    _no_command(_invoke("check", str(corpus)))
    github = _invoke("check", str(corpus), "--format", "github")
    _no_command(github, allowed=("::error ", "::warning ", "::notice "))
    assert all("\n" not in line for line in github.splitlines())


def test_markdown_has_no_raw_html_no_link_and_no_broken_code_span(corpus):
    output = _invoke("report", str(corpus), "--format", "markdown")
    _no_command(output)
    assert "<script" not in output and "<img" not in output and "<b>" not in output
    assert "`" not in output  # names are set in <code>, backticks written as &#96;
    assert "&lt;img src=x onerror=alert(1)&gt;" in output


def test_junit_and_graphml_are_well_formed(corpus, tmp_path):
    ET.fromstring(_invoke("check", str(corpus), "--format", "junit").encode())
    graph = tmp_path / "g.graphml"
    _invoke("report", str(corpus), "--graph", str(graph), "-o", str(tmp_path / "r.txt"))
    loaded = nx.read_graphml(graph)
    assert any(data.get("kind") == "claim" for _, _, data in loaded.edges(data=True))


def test_a_graph_that_cannot_be_written_is_one_line_and_no_file(corpus, tmp_path):
    target = tmp_path / "missing" / "g.graphml"
    result = CliRunner().invoke(cli_module.cli, ["report", str(corpus), "--graph", str(target),
                                                 "-o", str(tmp_path / "r.txt")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "[E003]" in result.output
    assert not target.exists() and not list(tmp_path.glob("**/.g.graphml.*"))


def test_the_html_report_allows_only_its_own_script(corpus, tmp_path):
    page = tmp_path / "r.html"
    _invoke("report", str(corpus), "--format", "html", "-o", str(page))
    html = page.read_text()
    [policy] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    [script] = re.findall(r"<script>(.*?)</script>", html, re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy
    assert " on" + "submit=" not in html and "<script>alert" not in html


@pytest.mark.parametrize("text", ["a\nb", "::error::x", "  ::add-mask::y", "x ##[group]y",
                                  "\x1b[31mred", "\u202egnp.exe", "\r\n::warning::z"])
def test_every_text_field_is_one_line_without_a_command(text):
    shown = one_line(text)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    assert not shown.lstrip().startswith("::") and "##[" not in shown
    assert "\u202e" not in visible(text)


def test_a_whole_output_is_neutralized_line_by_line():
    output = neutralized("ok\n::error::a\n  ::notice::b\nc ##[d]\n")
    assert [line.lstrip()[:2] for line in output.splitlines()] == ["ok", ":\u200b", ":\u200b",
                                                                  "c "]
    assert "##[" not in output


def test_markdown_and_xml_helpers():
    assert markdown("<a href=`x`>|![i](u)") == "&lt;a href=&#96;x&#96;&gt;\\|!\\[i\\](u)"
    assert xml_text("a\x00b\x1fc\ud800d\ufffee") == "abcde"
