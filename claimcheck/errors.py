"""Errors a user can act on. Each carries a code, so it can be searched for and filtered."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose; the CLI prints it on one line, exit 2."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(ClaimcheckError):
    """A path that does not exist, or a folder with no article in it."""

    code = "E001"


class DataError(ClaimcheckError):
    """A language data file or corpus file that cannot be read."""

    code = "E002"


class OutputError(ClaimcheckError):
    """An output file that cannot be written (a folder that does not exist, a full disk)."""

    code = "E003"


class UsageError(ClaimcheckError):
    """A command line that cannot work: an unknown option, options that go together, a value
    out of range, an interactive command without a terminal."""

    code = "E004"
