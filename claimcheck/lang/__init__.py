"""Per-language data: one folder per language code, one YAML file per purpose.

``claimcheck/lang/<code>/numbers.yaml`` (scale words, currency words, hedges, number words),
``periods.yaml`` (months, period and relative words), ``claims.yaml`` (slot triggers, modality
cues). Code is shared; adding a language means adding its folder. Files are read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from claimcheck.errors import DataError

SUPPORTED = ("en", "it", "fr", "de", "es", "pt")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The data file ``name`` (no .yaml) of language ``lang``; {} when the language has none."""
    resource = resources.files(__package__).joinpath(lang, f"{name}.yaml")
    if not resource.is_file():
        return {}
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataError(f"cannot read language data {lang}/{name}.yaml: {exc}") from exc
    return data or {}
