"""``--version`` and ``-h`` answer at once: they load no language machinery and not even the
terminal renderer (``scripts/bench_cli.py`` prints how long they take)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "lingua", "dateparser", "simplemma", "trafilatura", "rich", "jinja2",
         "networkx", "yaml")


@pytest.mark.parametrize("args", [["--version"], ["-h"], ["report", "-h"], ["claims", "-h"],
                                  ["check", "--help"], ["review", "-h"], ["eval", "-h"]])
def test_version_and_help_load_nothing_heavy(args):
    probe = (
        "import contextlib, io, json, sys\n"
        "from claimcheck.cli import main\n"
        f"sys.argv = ['claimcheck', *{args!r}]\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit as exc:\n"
        "        code = exc.code\n"
        f"print(json.dumps([code, out.getvalue(), sorted(m for m in {HEAVY!r} "
        "if m in sys.modules)]))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    code, output, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0 and output
    assert loaded == []
