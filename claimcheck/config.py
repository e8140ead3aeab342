"""A corpus's own settings, from ``claimcheck.toml`` in its folder.

```toml
[entities."Acme Corp"]          # the canonical name claims will use
type = "organization"           # organization | person | place | product
aliases = ["Acme", "ACME Corporation"]

[report]
format = "markdown"             # text | markdown | json | html
[claims]
format = "csv"                  # text | json | jsonl | csv
[check]
format = "github"               # text | github | junit | json | markdown
fail-on = "medium"              # high | medium | low
min-compared = 10               # fail when fewer claims could be compared
[review]
note-required = ["dismissed", "waived"]   # [] lets scripts decide without a note
```
Pinned entities are always known, even when only one source names them; their aliases merge
into them before any automatic alias matching. The command tables are defaults (``Settings``):
a flag on the command line wins.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import DataError

CONFIG_NAME = "claimcheck.toml"
ENTITY_TYPES = ("organization", "person", "place", "product")


@dataclass(frozen=True, slots=True)
class PinnedEntity:
    name: str
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Config:
    entities: tuple[PinnedEntity, ...] = field(default_factory=tuple)


def load_config(folder: Path | None) -> Config:
    """The folder's claimcheck.toml, or an empty Config when there is none."""
    if folder is None:
        return Config()
    path = folder / CONFIG_NAME
    if not path.is_file():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc
    entities = []
    for name, spec in sorted((data.get("entities") or {}).items()):
        if not isinstance(spec, dict):
            raise DataError(f"{path}: [entities.{name!r}] must be a table")
        kind = spec.get("type")
        if kind is not None and kind not in ENTITY_TYPES:
            raise DataError(f"{path}: entity {name!r} has unknown type {kind!r}")
        aliases = spec.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise DataError(f"{path}: aliases of {name!r} must be a list of strings")
        entities.append(PinnedEntity(name=name, type=kind, aliases=tuple(aliases)))
    return Config(entities=tuple(entities))


#: ``check --min-compared`` when neither the command line nor the corpus says: one pair of claims
#: from two articles. Below it nothing was checked, and a green gate would reassure for nothing.
DEFAULT_MIN_COMPARED = 2
#: Review statuses that need a ``--note`` (a reason) unless the corpus says otherwise.
DEFAULT_NOTE_REQUIRED = ("dismissed", "waived")
_CHOICES = {
    ("report", "format"): ("text", "markdown", "json", "html"),
    ("claims", "format"): ("text", "json", "jsonl", "csv"),
    ("check", "format"): ("text", "github", "junit", "json", "markdown"),
    ("check", "fail-on"): ("high", "medium", "low"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Command defaults a corpus keeps in its claimcheck.toml; a flag on the command line wins."""

    report_format: str | None = None
    claims_format: str | None = None
    check_format: str | None = None
    fail_on: str | None = None
    min_compared: int | None = None
    note_required: tuple[str, ...] = DEFAULT_NOTE_REQUIRED


def load_settings(folder: Path | None) -> Settings:
    """The command defaults of the folder's claimcheck.toml (none when there is no file)."""
    if folder is None or not (folder / CONFIG_NAME).is_file():
        return Settings()
    path = folder / CONFIG_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc

    def table(name: str) -> dict:
        found = data.get(name) or {}
        if not isinstance(found, dict):
            raise DataError(f"{path}: [{name}] must be a table")
        return found

    def choice(section: str, key: str) -> str | None:
        value = table(section).get(key)
        if value is not None and value not in _CHOICES[(section, key)]:
            raise DataError(f"{path}: [{section}] {key} = {value!r} is not one of "
                            + ", ".join(_CHOICES[(section, key)]))
        return value

    min_compared = table("check").get("min-compared")
    if min_compared is not None and (not isinstance(min_compared, int)
                                     or isinstance(min_compared, bool) or min_compared < 0):
        raise DataError(f"{path}: [check] min-compared must be a whole number ≥ 0")
    required = table("review").get("note-required", list(DEFAULT_NOTE_REQUIRED))
    statuses = ("confirmed", "dismissed", "resolved", "waived")
    if not isinstance(required, list) or any(status not in statuses for status in required):
        raise DataError(f"{path}: [review] note-required must be a list of "
                        + ", ".join(statuses))
    return Settings(
        report_format=choice("report", "format"),
        claims_format=choice("claims", "format"),
        check_format=choice("check", "format"),
        fail_on=choice("check", "fail-on"),
        min_compared=min_compared,
        note_required=tuple(required),
    )
