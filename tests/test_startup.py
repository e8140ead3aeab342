"""Start-up stays cheap: the command line imports no language machinery until an article needs it,
and a language's pipeline is built only for the languages a run reads."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources

import pytest
import yaml
from conftest import CORPORA

from claimcheck.lang import SUPPORTED, load
from claimcheck.lexicon import nlp_for

HEAVY = ("spacy", "lingua", "dateparser", "simplemma", "trafilatura")


def _modules_after(code: str) -> dict:
    """Which heavy modules a fresh interpreter holds after running ``code``."""
    probe = (f"{code}\nimport json, sys\n"
             f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_claimcheck_and_its_cli_loads_no_language_machinery():
    assert _modules_after("import claimcheck, claimcheck.cli") == []


def test_help_loads_no_language_machinery():
    code = ("import contextlib, io, sys\nfrom claimcheck.cli import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    cli.main(['--help'], standalone_mode=False)")
    assert _modules_after(code) == []


def test_a_run_builds_only_the_languages_it_reads(tmp_path):
    shutil.copy(CORPORA / "meta-scale-ai" / "000_81d43d40fb27c337.md", tmp_path)  # Italian
    code = ("from claimcheck.api import check\n"
            f"check([{str(tmp_path)!r}])\n"
            "from claimcheck.lexicon import nlp_for\n"
            "import sys\n"
            "print('built', nlp_for.cache_info().currsize, 'spacy.lang.fr' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert "built 1 False" in result.stdout


@pytest.mark.parametrize(("text", "tokens"), [
    ("le porte-parole", ["le", "porte-parole"]),
    ("Saint-Germain-des-Prés", ["Saint-Germain-des-Prés"]),
    ("la vice-présidente", ["la", "vice-présidente"]),
    ("a-t-il dit", ["a", "-t", "-il", "dit"]),
    ("dit-elle", ["dit", "-elle"]),
    ("est-ce", ["est", "-ce"]),
    ("l'arrière-pays", ["l'", "arrière-pays"]),
    ("M. Macron", ["M.", "Macron"]),
    ("aujourd'hui", ["aujourd'hui"]),
    ("14,3 milliards", ["14,3", "milliards"]),
])
def test_french_keeps_compounds_whole_without_spacys_exception_regex(text, tokens):
    assert [token.text for token in nlp_for("fr").make_doc(text)] == tokens


def test_spacys_own_french_is_unchanged_by_ours():
    import spacy

    nlp_for("fr")
    french = spacy.blank("fr")
    assert [t.text for t in french("le porte-parole à Saint-Germain")] == [
        "le", "porte-parole", "à", "Saint-Germain"]


@pytest.mark.parametrize("lang", SUPPORTED)
@pytest.mark.parametrize("name", ["numbers", "periods", "claims"])
def test_the_c_yaml_loader_reads_the_same_data(lang, name):
    resource = resources.files("claimcheck.lang").joinpath(lang, f"{name}.yaml")
    assert load(lang, name) == (yaml.safe_load(resource.read_text(encoding="utf-8")) or {})
