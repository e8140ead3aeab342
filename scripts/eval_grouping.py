"""Prints how well ``--group-by story`` finds the stories of the curated corpora mixed together.

    python scripts/eval_grouping.py

Every written corpus (``corpora/<slug>`` with an ``expected.yaml``) and every development story
(``corpora/real/<slug>``) is one story; their articles are mixed in one list and grouped. The
blind split is never read. Prints purity (the share of articles whose group's majority story is
their own), completeness (the share of articles in their story's largest group), the stories
that came back exactly, and the groups that did not match a story. It also checks that grouping
each corpus alone finds one story (no "looks like several stories" warning).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from bench_pipeline import story_folders  # the same stories the benchmark builds from


def scores(truth: dict[str, str], groups: list[list[str]]) -> dict[str, float]:
    """Purity, completeness and exact stories of ``groups`` against ``truth`` (id -> story)."""
    total = len(truth)
    purity = sum(Counter(truth[i] for i in group).most_common(1)[0][1] for group in groups)
    largest: dict[str, int] = Counter()
    for group in groups:
        for story, count in Counter(truth[i] for i in group).items():
            largest[story] = max(largest[story], count)
    sizes = Counter(truth.values())
    exact = sum(1 for group in groups
                if len({truth[i] for i in group}) == 1 and len(group) == sizes[truth[group[0]]])
    return {"purity": purity / total, "completeness": sum(largest.values()) / total,
            "exact": exact, "stories": len(sizes), "groups": len(groups)}


def main() -> int:
    from claimcheck.ingest import ingest
    from claimcheck.stories import cluster, several_stories

    folders = story_folders()
    documents, _ = ingest(folders)
    truth = {d.id: Path(d.path).parent.name for d in documents}
    groups = cluster(documents)
    result = scores(truth, groups)
    print(f"{len(documents)} articles from {result['stories']} stories mixed together "
          f"-> {result['groups']} groups")
    print(f"purity {result['purity']:.3f}, completeness {result['completeness']:.3f}, "
          f"{result['exact']} of {result['stories']} stories returned exactly")
    for group in groups:
        stories = Counter(truth[i] for i in group)
        if len(stories) > 1 or len(group) != Counter(truth.values())[truth[group[0]]]:
            print("  mixed or split:", dict(stories))
    warned = []
    for folder in folders:
        alone, _ = ingest([folder])
        if several_stories(alone):
            warned.append(folder.name)
    print(f"each corpus alone: {len(folders) - len(warned)} of {len(folders)} read as one story"
          + (f"; warned: {', '.join(warned)}" if warned else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
