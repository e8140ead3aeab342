"""The claim graph: entity nodes, one edge per claim, conflicts as nodes linked to their claims.

A networkx MultiDiGraph. A claim edge runs from its subject to the object of a relation, or to a
value node for everything else; its key is the claim id, and it carries the slot, the period and
the provenance (document, sentence offsets, value offsets, rule, trigger).
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from claimcheck.display import format_value
from claimcheck.model import Report


def build_graph(report: Report) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for claim in report.claims:
        subject = f"entity:{claim.subject}"
        graph.add_node(subject, kind="entity", label=claim.subject)
        if claim.object:
            target = f"entity:{claim.object}"
            graph.add_node(target, kind="entity", label=claim.object)
        else:
            label = format_value(claim.value)
            target = f"value:{claim.attribute}:{label}"
            graph.add_node(target, kind="value", label=label)
        graph.add_edge(
            subject, target, key=claim.id, kind="claim", attribute=claim.attribute,
            period=claim.period or "", modality=claim.modality, document=claim.document,
            sentence_start=claim.start, sentence_end=claim.end, value_start=claim.value_start,
            value_end=claim.value_end, rule=claim.rule, trigger=claim.trigger,
            value=format_value(claim.value),
        )
    for conflict in report.conflicts:
        node = f"conflict:{conflict.id}"
        graph.add_node(node, kind="conflict", label=conflict.kind, severity=conflict.severity,
                       explanation=conflict.explanation)
        for side in conflict.sides:
            for claim_id in side.claims:
                graph.add_edge(node, f"claim:{claim_id}", key=claim_id, kind="side",
                               value=side.value)
                graph.nodes[f"claim:{claim_id}"].setdefault("kind", "claim")
                graph.nodes[f"claim:{claim_id}"].setdefault("label", claim_id)
    return graph


def write_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML, or node-link JSON when the file name ends in .json."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                        encoding="utf-8")
    else:
        nx.write_graphml(graph, path)
