"""YAML written by other people: front matter and ``reviews.yaml``.

``yaml.safe_load`` builds no objects, but it still expands aliases: a few hundred bytes of nested
``&a [*b, *b, ...]`` become billions of list items, and the process hangs at gigabytes. Neither
file has any use for anchors or aliases, so they are refused where the composer meets them,
before anything is expanded. Sizes are capped by the callers (``claimcheck.budgets``).
"""

from __future__ import annotations

import yaml
from yaml.events import AliasEvent, NodeEvent

ALIAS_PROBLEM = "anchors and aliases (& and *) are not allowed"


class NoAliasLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that stops at the first anchor or alias, with its line."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        event = self.peek_event()
        if isinstance(event, AliasEvent) or (
                isinstance(event, NodeEvent) and event.anchor is not None):
            raise yaml.composer.ComposerError(None, None, ALIAS_PROBLEM, event.start_mark)
        return super().compose_node(parent, index)


def load(text: str) -> object:
    """The data in ``text``; raises ``yaml.YAMLError`` (with a mark) on anchors and aliases."""
    return yaml.load(text, Loader=NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
