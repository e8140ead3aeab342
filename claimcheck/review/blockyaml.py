"""Block-style YAML read fast, with the lines of every key, so one entry can be rewritten in place.

``reviews.yaml`` may hold thousands of decisions: PyYAML reads 10,000 of them in about 10 s (2 s
with libyaml), and a rewrite with a round-trip library takes longer still. The file claimcheck
writes, and the hand edits that keep to its style, use a small part of YAML: block mappings and
sequences, one-line scalars, one-line flow sequences of scalars (``[a, 'b']``), comments, ``[]``
and ``{}``. That part is read here line by line, with PyYAML's own resolver deciding what every
plain scalar is (``yes``, ``1``, ``2024-06-01``, ``null``), so the data is exactly what PyYAML
would build. Anything else (flow mappings, nested flow, multi-line or block scalars, tags,
directives, tabs, line breaks YAML sees inside a line, characters PyYAML refuses) raises
``Unsupported``, and the caller reads the file with PyYAML; anchors and aliases raise
``AliasFound`` in both.

Each line is read on its own (``read_line``), once per distinct text: a file claimcheck wrote
repeats most of its lines (``    status: confirmed``), and 10,000 decisions come to about 300,000
lines. Each mapping is a ``LineDict``: it remembers the file line of each key and the lines each
entry spans (from its key to its last line of content), which is what an in-place rewrite needs;
``outline`` names the key of each line of a block, so that a rewrite can put comments back.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

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

    __slots__ = ("indent", "key_lines", "spans")
    key_lines: dict[str, int]
    spans: dict[object, tuple[int, int]]
    indent: int

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}
        self.spans = {}
        self.indent = 0


def _line_dict(indent: int) -> LineDict:
    """An empty LineDict without a Python ``__init__`` call: one is made per mapping read."""
    made = dict.__new__(LineDict)
    made.key_lines = {}
    made.spans = {}
    made.indent = indent
    return made


#: What ``_split_key`` finds: ``key: rest`` with a plain key, no indicator first, a colon inside
#: only before a non-space (the expression itself is slower than the search that replaces it).
_PLAIN_KEY = re.compile(r"((?:[^-?:\s#'\"\[\]{}&*!|>%@`,]|[-?:](?=\S))(?:[^:]|:(?=\S))*?)"
                        r" *:(?: +|$)(.*)")
_NOT_FIRST_IN_KEY = frozenset("#'\"[]{}&*!|>%@`,")
_AFTER_QUOTED_KEY = re.compile(r" *:(?: +|$)")  # YAML's spaces: not any Unicode space
#: An item of a one-line flow sequence, unquoted: nothing that could make it more than a string,
#: a number, a date or a null (no indicator first, no colon, no comment, no nested collection).
_FLOW_PLAIN = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s][^,\[\]{}:#]*")
#: Characters PyYAML refuses (its reader's list), and the line breaks it sees besides ``\n``.
_NOT_IN_A_LINE = re.compile("[^\x09\x0A\x20-\x7E\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]"
                            "|[\x85\u2028\u2029]")
_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_IMPLICIT = _RESOLVER.yaml_implicit_resolvers  # first character: the types it may start
_INDICATORS = frozenset("[]{}&*!|>%@`,")


def _plain(text: str) -> object:
    """A plain scalar as PyYAML reads it: its resolver picks the type, its constructor builds it.

    The resolver looks a type up by the first character: one no type starts with is a string,
    decided here without the call (most ids, names and quotes).
    """
    if text and text[0] not in _IMPLICIT and None not in _IMPLICIT:
        return text
    return _resolved(text)


@lru_cache(maxsize=65536)
def _resolved(text: str) -> object:
    if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG:
        return text
    try:
        return yaml.load(text, Loader=NoAliasLoader)  # noqa: S506 - null, bool, int, float, date
    except yaml.YAMLError as exc:  # "=" and "<<" resolve to tags SafeLoader cannot build
        raise Unsupported from exc


# What a content line is, by its text alone (so the reading of a line repeated ten thousand
# times, ``    status: confirmed``, is worked out once): (kind, indentation, key, key as text,
# value, whether the value needs ``_special``, indentation of the mapping a ``- key: value``
# item opens).
_SKIP, _KEY, _OPEN_KEY, _BARE, _ITEM, _OPEN_ITEM, _ITEM_KEY, _ITEM_OPEN_KEY = range(8)
_Line = tuple[int, int, object, str, object, bool, int]
_SKIPPED: _Line = (_SKIP, -3, None, "", None, False, 0)  # at no indentation
#: A value that is an alias, or beyond the subset: raised only when the walk reaches it, so a
#: file breaks where it would break read in order (a key written twice before a bad value).
_ALIAS, _BEYOND = object(), object()


def lines_stand_alone(source: str) -> bool:
    """Whether every line of ``source`` reads the same on its own: no tab, byte order mark,
    document marker or directive."""
    return "\t" not in source and not source.startswith("\ufeff") and not _has_marker(source)


def _has_marker(source: str) -> bool:
    """Whether a line starts with ``---``, ``...`` or ``%`` (found by substring search, which is
    much faster than a multi-line regular expression over megabytes)."""
    for marker in ("---", "...", "%"):
        at = source.find(marker)
        while at >= 0:
            if at == 0 or source[at - 1] == "\n":
                return True
            at = source.find(marker, at + 1)
    return False


def parse(source: str) -> object:
    """The data in ``source``, read as PyYAML reads it; raises the exceptions above.

    One pass over the lines with a stack of open blocks (no recursion, no call per node), each
    distinct line read once (a file claimcheck wrote repeats most of its lines), and the usual
    line (a key among keys, an item among items) handled first.
    """
    if "\t" in source or source.startswith("\ufeff"):
        raise Unsupported
    lines = source.split("\n")
    if _has_marker(source):
        _drop_opening_marker(lines)
    known: dict[str, _Line] = {}
    root: object = None
    started = done = False  # done: the top node, or a block, was one bare scalar on the last line
    # The open block: its container, indentation, whether a mapping, and the mapping, key and
    # key line whose value it is (to set that key's span when it ends); enclosing ones on stack.
    container: Any = None
    indent = -1
    in_map = False
    owner: LineDict | None = None
    owner_key: object = None
    owner_line = 0
    stack: list[tuple[Any, int, bool, LineDict | None, object, int]] = []
    opening = False  # the last line was ``key:`` or ``-``: a deeper block may be its value
    open_key: object = None
    open_line = 0
    last = 0  # the last content line
    for number, raw in enumerate(lines):
        line = known.get(raw)
        if line is None:
            line = known[raw] = _classify(raw)
        kind, own, key, key_text, value, special, inner = line
        if own != indent or (kind > _OPEN_KEY if in_map else kind != _ITEM):
            if not kind:
                continue  # blank, or a comment
            if done:
                raise Unsupported
            if own > indent or (opening and own == indent and in_map and kind >= _ITEM):
                # A block opens: the value of the key or item on the line before, or the top node.
                if started and not opening:
                    raise Unsupported  # a scalar continued on the next line
                if kind == _BARE:
                    if special:
                        value = _special(value, number)
                    if not started:
                        root = value
                    elif in_map:
                        container[open_key] = value
                        container.spans[open_key] = (open_line, number)
                    else:
                        container[-1] = value
                    started = done = True
                    indent = -2  # no line is at home here any more
                    last = number
                    continue
                block: Any = _line_dict(own) if kind <= _OPEN_KEY else []
                if not started:
                    root = block
                    started = True
                else:
                    stack.append((container, indent, in_map, owner, owner_key, owner_line))
                    if in_map:
                        container[open_key] = block
                        owner, owner_key, owner_line = container, open_key, open_line
                    else:
                        container[-1] = block
                        owner = None
                container, indent, in_map = block, own, kind <= _OPEN_KEY
            else:
                while own < indent:  # the open block ends
                    if owner is not None:
                        owner.spans[owner_key] = (owner_line, last)
                    if not stack:
                        raise Unsupported  # content after the top node: PyYAML says what is wrong
                    container, indent, in_map, owner, owner_key, owner_line = stack.pop()
                if own != indent:
                    raise Unsupported  # less indented than its block, more than the one around
                if in_map != (kind <= _OPEN_KEY):
                    if in_map or kind == _BARE or not stack or stack[-1][1:3] != (own, True):
                        raise Unsupported  # an item among keys, or a key among items
                    # ``key:`` then ``- item`` lines at the key's indentation: the sequence ends
                    if owner is not None:
                        owner.spans[owner_key] = (owner_line, last)
                    container, indent, in_map, owner, owner_key, owner_line = stack.pop()
            if kind >= _ITEM_KEY:  # ``- key: ...``: the item is a mapping, opened on this line
                block = _line_dict(inner)
                container.append(block)
                stack.append((container, indent, in_map, owner, owner_key, owner_line))
                container, indent, in_map, owner = block, inner, True, None
                kind -= _ITEM_KEY - _KEY
        last = number
        if kind <= _OPEN_KEY:
            try:
                if key in container:
                    raise DuplicateKey(key, number + 1, container.key_lines.get(key_text, 0))
            except TypeError as exc:  # an unhashable key
                raise Unsupported from exc
            container[key] = _special(value, number) if special else value
            container.key_lines[key_text] = number + 1
            container.spans[key] = (number, number)
            opening = kind == _OPEN_KEY
            open_key, open_line = key, number
        elif kind == _ITEM:
            container.append(_special(value, number) if special else value)
            opening = False
        elif kind == _OPEN_ITEM:
            container.append(None)
            opening = True
        else:
            raise Unsupported  # a bare scalar among keys or items
    while True:  # the end closes every open block
        if owner is not None:
            owner.spans[owner_key] = (owner_line, last)
        if not stack:
            return root
        container, indent, in_map, owner, owner_key, owner_line = stack.pop()


def _drop_opening_marker(lines: list[str]) -> None:
    """Blank out a ``---`` that opens the document; any other marker or directive: Unsupported."""
    opening = True
    for number, raw in enumerate(lines):
        text = raw.lstrip(" ")
        if not text or text[0] == "#" or text == "\r":
            continue
        if raw.startswith(("---", "...", "%")):
            if not (opening and raw.rstrip(" \r") == "---"):
                raise Unsupported
            lines[number] = ""
        opening = False


def _classify(raw: str) -> _Line:
    """What the line ``raw`` holds, by its text alone: (kind, indentation, key, key as text, value,
    whether the value needs ``_special``, indentation of the mapping an item opens). Raises
    Unsupported for a line beyond the subset, whatever its place."""
    text = raw.lstrip(" ")
    if not text or text[0] == "#" or text == "\r":
        return _SKIPPED
    own = len(raw) - len(text)
    text = text.rstrip(" \r")
    if not text or not text.isprintable() and _NOT_IN_A_LINE.search(text):
        raise Unsupported  # a line break YAML sees inside the line, or what PyYAML refuses
    if text[0] == "-" and (text == "-" or text[1] == " "):
        rest = text[1:].lstrip(" ")
        if not rest or rest[0] == "#":
            return (_OPEN_ITEM, own, None, "", None, False, 0)
        if rest == "-" or rest.startswith("- "):
            raise Unsupported  # "- - a": a sequence in a sequence on one line
        split = _split_key(rest)
        if split is None:
            return (_ITEM, own, None, "", *_value(rest), 0)
        key, after = split
        inner = own + len(text) - len(rest)
        if not after or after[0] == "#":
            return (_ITEM_OPEN_KEY, own, key, str(key), None, False, inner)
        return (_ITEM_KEY, own, key, str(key), *_value(after), inner)
    split = _split_key(text)
    if split is None:
        return (_BARE, own, None, "", *_value(text), 0)
    key, after = split
    if not after or after[0] == "#":
        return (_OPEN_KEY, own, key, str(key), None, False, 0)
    return (_KEY, own, key, str(key), *_value(after), 0)


def _value(text: str) -> tuple[object, bool]:
    """A line's value, and whether it needs ``_special`` when the walk reaches it."""
    try:
        value = _scalar(text)
    except Unsupported:
        return _BEYOND, True
    except AliasFound:
        return _ALIAS, True
    return value, isinstance(value, list | dict)


def _special(value: object, number: int) -> object:
    """A value the line cache cannot hand out as it is: a list or dict (each read gets its own
    copy), or an alias or unsupported scalar, raised with its line now that it is reached."""
    if value is _ALIAS:
        raise AliasFound(number + 1)
    if value is _BEYOND:
        raise Unsupported
    return value.copy()  # type: ignore[attr-defined]


#: One line as ``parse`` reads it, for a caller that checks a layout of its own (the store's
#: fast reader): see ``_classify``; and the kinds of line it tells apart.
read_line = _classify
KEY, OPEN_KEY, ITEM, ITEM_KEY = _KEY, _OPEN_KEY, _ITEM, _ITEM_KEY


def _split_key(text: str) -> tuple[object, str] | None:
    """(key, the rest of the line) when ``text`` starts with ``key:``; else None.

    A plain key is what ``_PLAIN_KEY`` matches, found with ``str.find`` (the expression, tried at
    every character, took most of the time of a line): it ends at the first colon followed by a
    space or the end of the line; a colon followed by any other space ends the search.
    """
    first = text[0]
    if first in "'\"":
        end = _closing_quote(text)
        if end is None:
            return None
        after = text[end + 1:]
        match = _AFTER_QUOTED_KEY.match(after)
        if match is None:
            return None
        return _quoted(text[:end + 1]), after[match.end():]
    if first in _NOT_FIRST_IN_KEY or first.isspace() or first in "-?:" and (
            len(text) < 2 or text[1].isspace()):
        return None
    if text.isascii():  # no space but " " can follow a colon: the first ": " or a last ":"
        colon = text.find(": ")
        if colon < 0:
            if not text.endswith(":"):
                return None
            colon = len(text) - 1
        key = text[:colon].rstrip(" ")
        if " #" in key:
            return None
        return _plain(key), text[colon + 2:].lstrip(" ")
    colon = text.find(":", 1)
    while colon >= 0:
        after = text[colon + 1:colon + 2]
        if not after or after == " ":
            key = text[:colon].rstrip(" ")
            if " #" in key:
                return None
            return _plain(key), text[colon + 2:].lstrip(" ")
        if after.isspace():
            return None
        colon = text.find(":", colon + 1)
    return None


def _scalar(text: str) -> object:
    """A one-line scalar (with its comment, if any, removed), or a one-line flow sequence."""
    first = text[0]
    if first in "'\"":
        end = _closing_quote(text)
        if end is None:
            raise Unsupported  # a quoted scalar that goes on to the next line
        after = text[end + 1:].lstrip(" ")
        if after and not after.startswith("#"):
            raise Unsupported  # (a space YAML does not count as one, too)
        return _quoted(text[:end + 1])
    if first in "&*":
        raise AliasFound(0)  # its line is given when the walk reaches it
    if first == "[" and text != "[]":
        return _flow_sequence(text)
    comment = text.find(" #")
    if comment >= 0:
        text = text[:comment].rstrip(" ")  # only spaces: "\u3000" ends no plain scalar
    if text in ("[]", "{}"):
        return [] if text == "[]" else {}
    if first in _INDICATORS or text.startswith(("- ", "? ", ": ")) or text in "-?:":
        raise Unsupported
    if ": " in text or text.endswith(":"):
        raise Unsupported  # PyYAML refuses it: let it say so
    return _plain(text)


def _flow_sequence(text: str) -> list[object]:
    """``[a, 'b, c', 2]`` on one line: items that are plain or quoted scalars, nothing else."""
    return _flow(text)[0]


def _flow(text: str) -> tuple[list[object], int]:
    """The items of the flow sequence ``text`` opens, and the index of its closing bracket."""
    items: list[object] = []
    at = 1
    size = len(text)
    while True:
        while at < size and text[at] == " ":
            at += 1
        if at >= size:
            raise Unsupported  # no closing bracket on this line
        first = text[at]
        if first == "]" and not items:
            break  # "[ ]"
        if first in "'\"":
            end = _closing_quote(text, at)  # (not text[at:]: a long line of items is no square)
            if end is None:
                raise Unsupported
            items.append(_quoted(text[at:end + 1]))
            at = end + 1
        elif first in "&*":
            raise AliasFound(0)
        else:
            match = _FLOW_PLAIN.match(text, at)
            if match is None:
                raise Unsupported  # an empty item, a nested collection, a key: let PyYAML read it
            items.append(_plain(match[0].rstrip(" ")))
            at = match.end()
        while at < size and text[at] == " ":
            at += 1
        if at < size and text[at] == ",":
            at += 1
            continue
        if at < size and text[at] == "]":
            break
        raise Unsupported
    after = text[at + 1:].lstrip(" ")
    if after and not (after[0] == "#" and text[at + 1:at + 2] in (" ", "")):
        raise Unsupported
    return items, at


def outline(lines: list[str]) -> list[tuple[tuple[object, ...] | None, str]]:
    """For each of ``lines`` (a block ``parse`` reads): the path of the node that starts on it,
    keys and item numbers from the block's top, and the comment at its end with the spaces
    before it; (None, "") for a blank or comment line.

    What an in-place rewrite needs to put a reviewer's comments back where they were: after the
    same key, at the end of the same key's line.
    """
    result: list[tuple[tuple[object, ...] | None, str]] = []
    frames: list[list[Any]] = []  # [indentation, path, is a sequence, next item number]
    last: tuple[object, ...] = ()  # the path of the last content line
    for raw in lines:
        kind, own, key, _, _, _, inner = _classify(raw)
        if not kind:
            result.append((None, ""))
            continue
        while frames and frames[-1][0] > own:
            frames.pop()
        if kind <= _BARE:
            if frames and frames[-1][2] and frames[-1][0] == own and kind != _BARE:
                frames.pop()  # ``key:`` then ``- item`` lines at its indentation: they end
            if kind == _BARE:
                path = last
            elif frames and frames[-1][0] == own:
                path = (*frames[-1][1], key)
            else:  # the first key of a mapping that the line before opened
                frames.append([own, last, False, 0])
                path = (*last, key)
        else:
            if not (frames and frames[-1][2] and frames[-1][0] == own):
                frames.append([own, last, True, 0])
            frame = frames[-1]
            path = (*frame[1], frame[3])
            frame[3] += 1
            if kind >= _ITEM_KEY:
                frames.append([inner, path, False, 0])
                path = (*path, key)
        result.append((path, _end_comment(raw)))
        last = path
    return result


def _end_comment(raw: str) -> str:
    """The comment that ends the content line ``raw``, with the spaces before it; else ""."""
    text = raw.rstrip(" \r")
    body = text.lstrip(" ")
    if body[0] == "-" and (body == "-" or body[1] == " "):
        body = body[1:].lstrip(" ")
        if not body:
            return ""
    split = None if body[0] == "#" else _split_key(body)
    value = body if split is None else split[1]
    at = len(text) - len(value)  # where the value (or the comment) starts in ``text``
    if not value:
        return ""
    if value[0] == "#":
        comment = at
    else:
        index = _comment_in(value)
        if index < 0:
            return ""
        comment = at + index
    return text[len(text[:comment].rstrip(" ")):]


def _comment_in(value: str) -> int:
    """Where the comment after the one-line scalar ``value`` starts (its ``#``), or -1."""
    end = -1
    if value[0] in "'\"":
        closing = _closing_quote(value)
        end = -1 if closing is None else closing
    elif value[0] == "[":
        try:
            end = _flow(value)[1]
        except (Unsupported, AliasFound):
            end = -1
    if end >= 0:
        hash_at = value.find("#", end + 1)
        return hash_at if hash_at >= 0 and not value[end + 1:hash_at].strip(" ") else -1
    hash_at = value.find(" #")
    return hash_at + 1 if hash_at >= 0 else -1


def _closing_quote(text: str, start: int = 0) -> int | None:
    """Index of the quote closing the scalar that opens at ``start``, or None on this line."""
    quote = text[start]
    index = start
    while True:
        index = text.find(quote, index + 1)
        if index < 0:
            return None
        if quote == "'":
            if not text.startswith("'", index + 1):
                return index
            index += 1  # '' is a quote inside the scalar
            continue
        run = index
        while text[run - 1] == "\\":  # (the opening quote ends the run)
            run -= 1
        if (index - run) % 2 == 0:  # not escaped: the backslashes before it pair up
            return index


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
