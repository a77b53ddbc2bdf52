"""Graph exports: GraphML, GEXF 1.3 and JSON (node-link) of an :class:`~index.base.Graph`.

Example::

    >>> from index.base import Graph
    >>> from index.export import to_json, to_graphml
    >>> g = Graph(nodes={"vendor:m1/leafy": {"kind": "vendor", "label": "leafy"},
    ...                  "market:m1": {"kind": "market", "label": "m1"}},
    ...           edges=[("vendor:m1/leafy", "market:m1", {"kind": "sells_on", "weight": 3})])
    >>> to_json(g)["edges"][0]
    {'source': 'vendor:m1/leafy', 'target': 'market:m1', 'kind': 'sells_on', 'weight': 3}
    >>> "<graphml" in to_graphml(g)
    True

Node and edge attributes are declared once with their types (``weight`` and counts as numbers),
so Gephi, yEd, networkx and igraph read them without guessing.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from index.base import Graph
from index.errors import BadQuery

FORMATS = ("graphml", "gexf", "json")


def to_json(g: Graph) -> dict[str, Any]:
    """Node-link JSON: ``{"nodes": [{"id", ...attrs}], "edges": [{"source", "target", ...}]}``."""
    return {
        "directed": True,
        "nodes": [{"id": n, **attrs} for n, attrs in sorted(g.nodes.items())],
        "edges": [{"source": s, "target": t, **attrs} for s, t, attrs in g.edges],
    }


def _attr_types(items: list[dict[str, Any]]) -> dict[str, str]:
    types: dict[str, str] = {}
    for attrs in items:
        for k, v in attrs.items():
            if v is None:
                continue
            kind = (
                "double"
                if isinstance(v, float)
                else "long"
                if isinstance(v, int) and not isinstance(v, bool)
                else "boolean"
                if isinstance(v, bool)
                else "string"
            )
            if types.get(k, kind) != kind:
                kind = "string"
            types[k] = kind
    return dict(sorted(types.items()))


def _text(v: Any) -> str:
    return str(v).lower() if isinstance(v, bool) else str(v)


def to_graphml(g: Graph) -> str:
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    node_types = _attr_types(list(g.nodes.values()))
    edge_types = _attr_types([a for _, _, a in g.edges])
    for scope, types in (("node", node_types), ("edge", edge_types)):
        for k, t in types.items():
            ET.SubElement(
                root, "key", {"id": f"{scope[0]}_{k}", "for": scope, "attr.name": k, "attr.type": t}
            )
    graph = ET.SubElement(root, "graph", {"id": "onionscope", "edgedefault": "directed"})
    for n, attrs in sorted(g.nodes.items()):
        el = ET.SubElement(graph, "node", {"id": n})
        for k, v in attrs.items():
            if v is not None:
                ET.SubElement(el, "data", {"key": f"n_{k}"}).text = _text(v)
    for i, (s, t, attrs) in enumerate(g.edges):
        el = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": s, "target": t})
        for k, v in attrs.items():
            if v is not None:
                ET.SubElement(el, "data", {"key": f"e_{k}"}).text = _text(v)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_gexf(g: Graph) -> str:
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "onionscope"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_types = _attr_types([{k: v for k, v in a.items() if k != "label"} for a in g.nodes.values()])
    edge_types = _attr_types([{k: v for k, v in a.items() if k != "weight"} for _, _, a in g.edges])
    gexf_type = {"double": "double", "long": "long", "boolean": "boolean", "string": "string"}
    for cls, types in (("node", node_types), ("edge", edge_types)):
        block = ET.SubElement(graph, "attributes", {"class": cls})
        for k, t in types.items():
            ET.SubElement(block, "attribute", {"id": k, "title": k, "type": gexf_type[t]})
    nodes = ET.SubElement(graph, "nodes")
    for n, attrs in sorted(g.nodes.items()):
        el = ET.SubElement(nodes, "node", {"id": n, "label": str(attrs.get("label") or n)})
        values = ET.SubElement(el, "attvalues")
        for k, v in attrs.items():
            if k != "label" and v is not None:
                ET.SubElement(values, "attvalue", {"for": k, "value": _text(v)})
    edges = ET.SubElement(graph, "edges")
    for i, (s, t, attrs) in enumerate(g.edges):
        el = ET.SubElement(
            edges,
            "edge",
            {"id": str(i), "source": s, "target": t, "weight": str(float(attrs.get("weight") or 1))},
        )
        values = ET.SubElement(el, "attvalues")
        for k, v in attrs.items():
            if k != "weight" and v is not None:
                ET.SubElement(values, "attvalue", {"for": k, "value": _text(v)})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(g: Graph, fmt: str) -> str:
    """The graph in ``fmt`` (graphml, gexf or json) as text."""
    if fmt == "graphml":
        return to_graphml(g)
    if fmt == "gexf":
        return to_gexf(g)
    if fmt == "json":
        return json.dumps(to_json(g), indent=2, ensure_ascii=False) + "\n"
    raise BadQuery(f"unknown graph format {fmt!r}; use {', '.join(FORMATS)}")
