"""Results kept on disk, so that re-reading an unchanged folder costs a lookup, not a run.

Where: ``--cache-dir DIR``, else ``$CLAIMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimcheck``,
else ``~/.cache/claimcheck``. ``claimcheck cache clear`` empties it, ``--no-cache`` ignores it.

What: one entry per stage result, under a key that is a hash of everything the result depends on:

``document``  a file's bytes and suffix → its Document (language, metadata, inferred date)
``analysis``  a Document's content and id → what extraction found in it
``group``     a story group's documents (ids and content keys) and its config → claims, conflicts

and, in every key, claimcheck's version, a digest of its code and one of its language data, so
that an upgrade, an edited rule or an edited word list never serves an old result. A changed
article therefore re-extracts that article alone, and re-links only its own group.

How: one file per entry (``<stage>/<2 hex>/<key>``), written under a temporary name and renamed,
so that worker processes and concurrent runs never read half an entry; a damaged entry is a miss.
Entries are pickles read back by an unpickler that only builds claimcheck's model records, so a
file planted in the folder cannot run code. Nothing is ever evicted: ``cache clear`` is the broom.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import re
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

#: Stages with entries, each its own sub-folder.
STAGES = ("document", "analysis", "group")
#: Bumped when the layout of entries changes.
LAYOUT = "1"
ENVIRONMENT_VARIABLE = "CLAIMCHECK_CACHE_DIR"


def default_cache_dir() -> Path:
    """The cache folder when none is given: ``$CLAIMCHECK_CACHE_DIR``, else the XDG cache home."""
    explicit = os.environ.get(ENVIRONMENT_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "claimcheck"


@cache
def fingerprint() -> str:
    """claimcheck's version, and digests of its code, its language data and the versions of the
    packages it depends on (a new spaCy may tokenize differently), as one string."""
    from claimcheck import __version__
    from claimcheck.lang import data_digest

    code = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        code.update(path.relative_to(package).as_posix().encode() + b"\0")
        code.update(path.read_bytes())
    from claimcheck.lang import SUPPORTED
    from claimcheck.lexicon import trained_pipeline

    trained = [f"{lang}={trained_pipeline(lang)}" for lang in SUPPORTED if trained_pipeline(lang)]
    return (f"{__version__}:{code.hexdigest()[:16]}:{data_digest()[:16]}:"
            f"{content_key(*_dependency_versions(), *trained)[:16]}")


def _dependency_versions() -> list[str]:
    """"name-version" of each installed distribution claimcheck requires (extras aside), read
    from the ``.dist-info`` folder names on ``sys.path``: a listing, not a metadata scan (which
    takes a tenth of a second)."""
    import sys

    installed: dict[str, tuple[str, str]] = {}  # normalized name -> (version, dist-info path)
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                distribution, _, version = name[: -len(".dist-info")].partition("-")
                installed.setdefault(_normalized(distribution),
                                     (version, os.path.join(entry or ".", name)))
    if "claimcheck" not in installed:  # run from a source tree, not installed
        return []
    try:
        metadata = Path(installed["claimcheck"][1], "METADATA").read_text(encoding="utf-8")
    except OSError:
        return []
    wanted = {_normalized(re.split(r"[\s<>=!~\[;(]", line[len("Requires-Dist:"):].strip(),
                                   maxsplit=1)[0])
              for line in metadata.splitlines()
              if line.startswith("Requires-Dist:") and "extra ==" not in line}
    return sorted(f"{name}-{installed[name][0]}" for name in wanted if name in installed)


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def content_key(*parts: str | bytes) -> str:
    """A hash of ``parts``, each length-prefixed so that no two sequences collide."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def record_key(record: Any, *, without: tuple[str, ...] = ()) -> str:
    """A hash of a model record's fields, except ``without``; stable across processes and runs
    (``repr`` of strings, numbers, dates and tuples does not depend on hashing or memory)."""
    parts = [f"{field.name}={getattr(record, field.name)!r}"
             for field in dataclasses.fields(record) if field.name not in without]
    return content_key(type(record).__name__, *parts)


@dataclass(frozen=True, slots=True)
class Cache:
    """A cache folder, plus the fingerprint of the claimcheck that reads and writes it. Picklable,
    so that worker processes share it."""

    root: Path
    fingerprint: str

    @classmethod
    def open(cls, root: str | os.PathLike[str]) -> Cache:
        return cls(Path(root).expanduser(), fingerprint())

    def key(self, stage: str, *parts: str | bytes) -> str:
        return content_key(LAYOUT, stage, self.fingerprint, *parts)

    def get(self, stage: str, key: str) -> Any | None:
        """The entry under ``key``, or None when there is none (or it cannot be read)."""
        path = self._path(stage, key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return _ModelUnpickler(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - a damaged or foreign entry is a miss, and goes
            _remove(path)
            return None

    def put(self, stage: str, key: str, value: Any) -> None:
        """Store ``value`` under ``key``. A cache that cannot be written is only slower: never an
        error."""
        path = self._path(stage, key)
        temporary: Path | None = None
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)  # the user's eyes only
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".tmp",
                                             delete=False) as handle:
                temporary = Path(handle.name)
                handle.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
        except OSError:
            if temporary is not None:
                _remove(temporary)

    def _path(self, stage: str, key: str) -> Path:
        return self.root / stage / key[:2] / key


def entries(root: str | os.PathLike[str]) -> tuple[int, int]:
    """How many entries the cache folder holds, and their size in bytes."""
    count = size = 0
    for stage in STAGES:
        folder = Path(root) / stage
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.startswith("."):
                count += 1
                size += path.stat().st_size
    return count, size


def clear(root: str | os.PathLike[str]) -> int:
    """Remove every entry; the number removed. Only claimcheck's own stage folders are touched, so
    a mistyped ``--cache-dir`` cannot empty an unrelated folder."""
    removed, _ = entries(root)
    for stage in STAGES:
        shutil.rmtree(Path(root) / stage, ignore_errors=True)
    return removed


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


#: What an entry may be built from besides claimcheck's model records: dates (an undated
#: article's reference is a range of them), and the containers pickle cannot name otherwise.
_ALLOWED = {("datetime", "date"), ("builtins", "frozenset"), ("builtins", "set"),
            ("claimcheck.normalize.reference", "ReferenceRange")}


class _ModelUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "claimcheck.model" and not name.startswith("_"):
            from claimcheck import model

            found = getattr(model, name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a claimcheck record: {module}.{name}")
