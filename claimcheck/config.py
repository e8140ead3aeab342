"""A corpus's own settings, from ``claimcheck.toml`` in its folder.

```toml
[entities."Acme Corp"]          # the canonical name claims will use
type = "organization"           # organization | person | place | product
aliases = ["Acme", "ACME Corporation"]
```
Pinned entities are always known, even when only one source names them; their aliases merge
into them before any automatic alias matching.
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
