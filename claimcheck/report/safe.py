"""Untrusted text, made safe for each output it goes to.

File names, front matter (titles, sources), article sentences, subjects and review notes are
written by other people, and claimcheck's output is read by terminals, CI runners, Markdown and
XML parsers. Each output has its own hazards:

* a terminal or CI log: a newline forges a line ("check passed"); a line starting with ``::`` is
  a GitHub workflow command (``::add-mask::``, ``::stop-commands::``) and ``##[`` anywhere is its
  older form; escape sequences and bidi overrides change what the reader sees;
* Markdown: raw HTML is rendered, a backtick ends a code span, ``|`` ends a table cell, and
  ``![](url)`` loads an image from anywhere;
* XML 1.0 (JUnit, GraphML): most control characters make the file not well-formed.

``visible`` turns control characters into escapes (``\\n``, ``\\x1b``, ``\\u202e``) so that every
field is one line; ``neutralized`` is the last pass over a whole text output; ``markdown`` and
``xml_text`` serve those formats.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, line and paragraph separators, and the bidi controls.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: A zero-width space: splits a marker a CI runner would act on, and reads the same.
_BREAK = "\u200b"
_COMMAND_AT_START = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)
_LEGACY_COMMAND = re.compile(r"##(?=\[)")
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    named = _NAMED.get(character)
    if named:
        return named
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: object) -> str:
    """``text`` on one line, every control character written as an escape."""
    return _INVISIBLE.sub(_escape, str(text))


def neutralized(output: str) -> str:
    """A whole text output in which no line is a CI workflow command."""
    output = _COMMAND_AT_START.sub(lambda m: m.group(1) + ":" + _BREAK, output)
    return _LEGACY_COMMAND.sub("#" + _BREAK + "#", output)


def one_line(text: object) -> str:
    """A field of a text output: one line, no CI command in it."""
    return neutralized(visible(text))


def markdown(text: object) -> str:
    """A field of a Markdown document: one line, no raw HTML, no code span or cell it can end."""
    escaped = one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace("`", "&#96;").replace("|", "\\|")
    return escaped.replace("[", "\\[").replace("]", "\\]")  # no link, no image to load


def xml_text(text: object) -> str:
    """Text XML 1.0 can hold: the characters it forbids are dropped, the rest escaped by the
    serializer."""
    return _XML_FORBIDDEN.sub("", str(text))
