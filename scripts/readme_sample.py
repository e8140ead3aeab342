"""Write the README's sample output from a real run, so that it cannot drift (cog-style).

    python scripts/readme_sample.py          # rewrite the sample in README.md
    python scripts/readme_sample.py --check  # exit 1 if README.md is out of date

The sample sits between ``<!-- sample: COMMAND -->`` and ``<!-- /sample -->``; COMMAND is run
through the real command line as a pipe sees it (plain text, ``PIPE_WIDTH`` columns), and the
output is abridged to its first ``SHOWN_CONFLICTS`` conflicts. ``tests/test_readme_sample.py``
fails when the README and a fresh run differ: run this script after a change that moves them.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHOWN_CONFLICTS = 2
MARKER = re.compile(r"(<!-- sample: (?P<command>[^>]+?) -->\n)(?P<body>.*?)(<!-- /sample -->)",
                    re.DOTALL)


def run(command: str) -> str:
    """``command`` (``claimcheck ...``) through the CLI, as a pipe would read its stdout."""
    from click.testing import CliRunner

    sys.path.insert(0, str(ROOT))
    from claimcheck.cli import cli
    from claimcheck.terminal import PIPE_WIDTH

    words = shlex.split(command)
    assert words[0] == "claimcheck", command
    environment = {"COLUMNS": str(PIPE_WIDTH), "NO_COLOR": "1"}
    cwd = os.getcwd()
    os.chdir(ROOT)  # the command's paths are the README's, relative to the repository
    try:
        result = CliRunner(env=environment).invoke(cli, ["--quiet", *words[1:], "--no-cache"])
    finally:
        os.chdir(cwd)
    if result.exit_code != 0:
        raise RuntimeError(f"{command} exited {result.exit_code}: {result.output}")
    return result.stdout


def abridged(output: str, shown: int = SHOWN_CONFLICTS) -> str:
    """The summary, the documents and the first ``shown`` conflicts; the others named."""
    blocks = output.rstrip("\n").split("\n\n")
    head, conflicts = blocks[0], [b for b in blocks[1:] if b[:1].isupper()]
    rest = [b for b in blocks[1:] if b not in conflicts]
    kept = conflicts[:shown]
    dropped = conflicts[shown:]
    text = "\n\n".join([head, *kept, *rest])
    if dropped:
        names = "; ".join(" · ".join(block.split("\n", 1)[0].split("  ")[0].split(" ", 1)[1:])
                          for block in dropped)
        more = f"{len(dropped)} more conflict{'s' if len(dropped) != 1 else ''}"
        text += f"\n\n[… {more}: {names}]"
    return text + "\n"


def updated(readme: str) -> str:
    """``readme`` with every sample block regenerated."""
    def block(match: re.Match[str]) -> str:
        command = match.group("command")
        return f"{match.group(1)}```text\n{abridged(run(command))}```\n{match.group(4)}"

    return MARKER.sub(block, readme)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="Only say whether README.md is current (exit 1 if not).")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    fresh = updated(current)
    if args.check:
        if fresh != current:
            print("README.md: the sample output is out of date; run "
                  "python scripts/readme_sample.py", file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        README.write_text(fresh, encoding="utf-8")
        print("README.md: sample output rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
