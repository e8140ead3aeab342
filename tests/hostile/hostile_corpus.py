"""Small hostile corpora, written on the fly into a temporary folder (nothing large is committed).

The articles are invented; two sources disagree on one company's revenue, so a run that reads
them has a conflict to report, and every hostile field has somewhere to show up.
"""

from __future__ import annotations

from pathlib import Path

ARTICLE_A = (
    "Norvane Robotics reported revenue of $870 million in 2024, the company said on Monday.\n"
    "Norvane Robotics employs about 1,200 people at its plants in Ohio.\n"
)
ARTICLE_B = (
    "Norvane Robotics reported revenue of $910 million in 2024, according to its filing.\n"
    "Analysts said Norvane Robotics would keep its plants in Ohio open.\n"
)


def front_matter(body: str, **meta: str) -> str:
    lines = ["---", *(f"{key}: {value}" for key, value in meta.items()), "---", body]
    return "\n".join(lines)


def two_sources(folder: Path, *, a_name: str = "a.md", b_name: str = "b.md",
                a_meta: dict[str, str] | None = None, a_body: str = ARTICLE_A) -> Path:
    """A corpus of two articles that disagree on one figure; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / a_name).write_text(front_matter(a_body, **(a_meta or {"source": "Wire"})),
                                 encoding="utf-8")
    (folder / b_name).write_text(front_matter(ARTICLE_B, source="Ledger"), encoding="utf-8")
    return folder
