"""Block-style YAML read fast, with the lines of every key, so one entry can be rewritten in place.

``reviews.yaml`` may hold thousands of decisions: PyYAML reads 10,000 of them in about 10 s (2 s
with libyaml), and a rewrite with a round-trip library takes longer still. The file claimcheck
writes, and the hand edits that keep to its style, use a small part of YAML: block mappings and
sequences, one-line scalars, comments, ``[]`` and ``{}``. That part is read here line by line, with
PyYAML's own resolver deciding what every plain scalar is (``yes``, ``1``, ``2024-06-01``,
``null``), so the data is exactly what PyYAML would build. Anything else (flow collections,
multi-line or block scalars, tags, directives, tabs) raises ``Unsupported``, and the caller reads
the file with PyYAML; anchors and aliases raise ``AliasFound`` in both.

Each mapping is a ``LineDict``: it remembers the file line of each key and the lines each entry
spans (from its key to its last line of content), which is what an in-place rewrite needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from claimcheck.safe_yaml import NoAliasLoader


class Unsupported(Exception):  # noqa: N818 - control flow: "read it with PyYAML instead"
    """The text uses YAML beyond the block subset read here."""


class AliasFound(Exception):  # noqa: N818 - reported by the caller as a DataError
    """An anchor or alias, refused (an alias bomb is a few hundred bytes)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class DuplicateKey(Exception):  # noqa: N818 - reported by the caller as a DataError
    """A key written twice in one mapping: YAML would silently keep the last one."""

    def __init__(self, key: object, line: int, first_line: int) -> None:
        super().__init__(key, line, first_line)
        self.key, self.line, self.first_line = key, line, first_line


class LineDict(dict):
    """A mapping that remembers, for each key, its 1-based line and its 0-based line span."""

    key_lines: dict[str, int]
    spans: dict[object, tuple[int, int]]
    indent: int

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}
        self.spans = {}
        self.indent = 0


#: ``key: rest`` with a plain key: no indicator first, and a colon inside only before a non-space.
_PLAIN_KEY = re.compile(r"((?:[^-?:\s#'\"\[\]{}&*!|>%@`,]|[-?:](?=\S))(?:[^:]|:(?=\S))*?)"
                        r" *:(?: +|$)(.*)")
_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_INDICATORS = frozenset("[]{}&*!|>%@`,")


@lru_cache(maxsize=65536)
def _plain(text: str) -> object:
    """A plain scalar as PyYAML reads it: its resolver picks the type, its constructor builds it."""
    if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG:
        return text
    return yaml.load(text, Loader=NoAliasLoader)  # noqa: S506 - null, bool, int, float, date


def parse(source: str) -> object:
    """The data in ``source``, read as PyYAML reads it; raises the exceptions above."""
    return _Parser(source).document()


class _Parser:
    def __init__(self, source: str) -> None:
        if "\t" in source or source.startswith("\ufeff"):
            raise Unsupported
        self.lines: list[tuple[int, int, str]] = []  # (0-based line, indentation, content)
        append = self.lines.append
        for number, raw in enumerate(source.split("\n")):
            text = raw.lstrip(" ")
            if not text or text[0] == "#" or text == "\r":
                continue
            indent = len(raw) - len(text)
            if indent == 0 and text[0] in "-.%" and raw.startswith(("---", "...", "%")):
                if raw.rstrip(" \r") == "---" and not self.lines:
                    continue  # an opening document marker
                raise Unsupported
            append((number, indent, text.rstrip(" \r")))

    def document(self) -> object:
        if not self.lines:
            return None
        value, position = self.block(0, self.lines[0][1])
        if position != len(self.lines):
            raise Unsupported  # content after the top node: let PyYAML say what is wrong
        return value

    def block(self, position: int, indent: int) -> tuple[object, int]:
        text = self.lines[position][2]
        if text == "-" or text.startswith("- "):
            return self.sequence(position, indent)
        split = self.split_key(text)
        if split is None:
            if position + 1 < len(self.lines):
                raise Unsupported
            return self.scalar(text, self.lines[position][0]), position + 1
        return self.mapping(position, indent, split)

    def mapping(self, position: int, indent: int,
                split: tuple[object, str] | None = None) -> tuple[LineDict, int]:
        result = LineDict()
        result.indent = indent
        lines = self.lines
        while position < len(lines):
            number, own_indent, text = lines[position]
            if own_indent < indent:
                break
            if own_indent > indent or text[0] == "-" and (text == "-" or text[1] == " "):
                raise Unsupported
            if split is None:
                split = self.split_key(text)
                if split is None:
                    raise Unsupported
            key, rest = split
            split = None
            try:
                if key in result:
                    raise DuplicateKey(key, number + 1, result.key_lines.get(str(key), 0))
            except TypeError as exc:  # an unhashable key
                raise Unsupported from exc
            first = position
            value, position = self.value(rest, position, indent, in_mapping=True)
            result[key] = value
            result.key_lines[str(key)] = number + 1
            result.spans[key] = (self.lines[first][0], self.lines[position - 1][0])
        return result, position

    def sequence(self, position: int, indent: int) -> tuple[list[object], int]:
        result: list[object] = []
        while position < len(self.lines):
            number, own_indent, text = self.lines[position]
            if own_indent < indent or not (text == "-" or text.startswith("- ")):
                if own_indent > indent:
                    raise Unsupported
                break
            if own_indent > indent:
                raise Unsupported
            rest = text[1:].lstrip(" ")
            if rest.startswith("#"):
                rest = ""
            if not rest:
                position += 1
                if position < len(self.lines) and self.lines[position][1] > indent:
                    value, position = self.block(position, self.lines[position][1])
                else:
                    value = None
            elif rest == "-" or rest.startswith("- "):
                raise Unsupported  # "- - a": a sequence in a sequence on one line
            elif (split := self.split_key(rest)) is not None:
                item_indent = own_indent + len(text) - len(rest)
                self.lines[position] = (number, item_indent, rest)
                value, position = self.mapping(position, item_indent, split)
            else:
                value, position = self.scalar(rest, number), position + 1
                if position < len(self.lines) and self.lines[position][1] > indent:
                    raise Unsupported  # a scalar continued on the next line
            result.append(value)
        return result, position

    def value(self, rest: str, position: int, indent: int,
              in_mapping: bool) -> tuple[object, int]:
        number = self.lines[position][0]
        position += 1
        if rest.startswith("#"):
            rest = ""
        if not rest:
            if position < len(self.lines):
                _, next_indent, next_text = self.lines[position]
                if next_indent > indent:
                    return self.block(position, next_indent)
                if in_mapping and next_indent == indent and (
                        next_text == "-" or next_text.startswith("- ")):
                    return self.sequence(position, indent)
            return None, position
        value = self.scalar(rest, number)
        if position < len(self.lines) and self.lines[position][1] > indent:
            raise Unsupported  # a scalar continued on the next line
        return value, position

    def split_key(self, text: str) -> tuple[object, str] | None:
        """(key, the rest of the line) when ``text`` starts with ``key:``; else None."""
        if text[0] in "'\"":
            end = _closing_quote(text)
            if end is None:
                return None
            after = text[end + 1:]
            match = re.match(r"\s*:(?:\s+|$)", after)
            if match is None:
                return None
            return _quoted(text[:end + 1]), after[match.end():]
        match = _PLAIN_KEY.match(text)
        if match is None or " #" in match[1]:
            return None
        return _plain(match[1]), match[2]

    def scalar(self, text: str, number: int) -> object:
        """A one-line scalar (with its comment, if any, removed)."""
        first = text[0]
        if first in "'\"":
            end = _closing_quote(text)
            if end is None:
                raise Unsupported  # a quoted scalar that goes on to the next line
            after = text[end + 1:].strip()
            if after and not after.startswith("#"):
                raise Unsupported
            return _quoted(text[:end + 1])
        if first in "&*":
            raise AliasFound(number + 1)
        comment = text.find(" #")
        if comment >= 0:
            text = text[:comment].rstrip()
        if text in ("[]", "{}"):
            return [] if text == "[]" else {}
        if first in _INDICATORS or text.startswith(("- ", "? ", ": ")) or text in "-?:":
            raise Unsupported
        if ": " in text or text.endswith(":"):
            raise Unsupported  # PyYAML refuses it: let it say so
        return _plain(text)


def _closing_quote(text: str) -> int | None:
    """Index of the quote closing the scalar that ``text`` opens, or None on this line."""
    quote = text[0]
    index = 1
    while index < len(text):
        character = text[index]
        if quote == '"' and character == "\\":
            index += 2
            continue
        if character == quote:
            if quote == "'" and text[index + 1:index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def _quoted(token: str) -> str:
    """The value of a one-line quoted scalar, unescaped as YAML does."""
    body = token[1:-1]
    if token[0] == "'":
        return body.replace("''", "'")
    if "\\" not in body:
        return body
    value = yaml.load(token, Loader=NoAliasLoader)  # noqa: S506 - one double-quoted scalar
    if not isinstance(value, str):
        raise Unsupported
    return value
