"""Where output goes and how it may look there: colour, width, and whether a person reads it.

Colour follows ``--color``: ``always``, ``never``, or ``auto`` (the default), which colours only
a terminal and honours ``NO_COLOR`` (any non-empty value, https://no-color.org) and
``TERM=dumb``. Width is the terminal's; a pipe or a file gets plain text at ``$COLUMNS``, else
``PIPE_WIDTH`` columns, so that what a script reads does not depend on the window it ran in.
"""

from __future__ import annotations

import os
import shutil
from typing import IO

COLOR_CHOICES = ("auto", "always", "never")
#: Width of text written to a pipe or a file when ``$COLUMNS`` does not say otherwise.
PIPE_WIDTH = 100
#: Narrower than this, a report still lays out (long words fold); a terminal may be narrower.
MIN_WIDTH = 40


def is_terminal(stream: IO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def use_color(choice: str, stream: IO | None) -> bool:
    """Whether to colour what goes to ``stream`` under ``--color choice``."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return is_terminal(stream)


def output_width(stream: IO | None) -> int:
    """The terminal's width for a terminal; ``$COLUMNS`` or ``PIPE_WIDTH`` for anything else."""
    if is_terminal(stream):
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
        return max(MIN_WIDTH, columns or PIPE_WIDTH)
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return PIPE_WIDTH
    return max(MIN_WIDTH, columns) if columns > 0 else PIPE_WIDTH
