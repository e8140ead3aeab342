"""The claim graph: entity nodes, one edge per claim, conflicts as nodes linked to their claims.

A networkx MultiDiGraph. A claim edge runs from its subject to the object of a relation, or to a
value node for everything else; its key is the claim id, and it carries the slot, the period and
the provenance (document, sentence offsets, value offsets, rule, trigger).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from claimcheck.display import format_value
from claimcheck.errors import OutputError
from claimcheck.model import Report
from claimcheck.report.safe import xml_text


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
    """GraphML, or node-link JSON when the file name ends in .json, written all at once (a
    failure leaves no partial file); ``OutputError`` says why it could not be written."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".json":
            data = nx.node_link_data(graph, edges="edges")
            content = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True,
                                  allow_nan=False) + "\n").encode("utf-8")
        else:
            buffer = io.BytesIO()
            nx.write_graphml(_xml_safe(graph), buffer)
            content = buffer.getvalue()
    except (ValueError, TypeError, nx.NetworkXError) as exc:
        raise OutputError(f"cannot write the graph to {path}: {exc}") from exc
    _write_atomically(path, content)


def _xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with the characters XML 1.0 forbids dropped from every name and text."""
    def clean(value: object) -> object:
        return xml_text(value) if isinstance(value, str) else value

    safe = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        safe.add_node(clean(node), **{key: clean(value) for key, value in data.items()})
    for source, target, key, data in graph.edges(keys=True, data=True):
        safe.add_edge(clean(source), clean(target), key=clean(key),
                      **{name: clean(value) for name, value in data.items()})
    return safe


def _write_atomically(path: Path, content: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", suffix=".tmp",
                                             delete=False)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with handle:
            handle.write(content)
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
