"""Interactive network maps that open from a single HTML file, offline.

pyvis builds the vis-network node and edge data, but its own templates load
vis-network, bootstrap and tom-select from CDNs, so a map saved next to a policy
report would show a blank page on an air-gapped machine. We therefore write our
own page: the vis-network build that ships inside the pyvis wheel is inlined, our
small script (``assets/map.js``) adds the legend, search, side panel and filters,
and a Content-Security-Policy forbids every network fetch and every script we did
not put there ourselves.

Document text (names, aliases, evidence, file names) never enters HTML markup: it
travels as JSON in a ``<script type="application/json">`` block with ``< > &``
escaped, and the page script only ever writes it with ``textContent``. vis-network
``title`` tooltips (which are rendered as HTML) are not used for the same reason.

Large graphs get a layout computed here in plain Python (deterministic, seeded)
with physics off, because letting the browser simulate thousands of nodes makes
people wait; small graphs use vis physics with bounded stabilisation, switched off
once the layout has settled so the map stops moving.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pyvis.network import Network

from policykg.errors import NotFoundError, PolicyKGError
from policykg.model import EntityRecord, GraphSnapshot, RelationRecord
from policykg.ontology import ENTITY_TYPES, RELATION_TYPES, colour_of

LARGE_GRAPH = 300
"""Above this many nodes, auto mode precomputes the layout and turns physics off."""
EDGE_LABEL_LIMIT = 1500
"""Above this many drawn edges, edge labels appear only around the selected node."""
STABILISATION_ITERATIONS = 200
LAYOUT_SEED = 7
EDGE_LENGTH = 90.0
"""Ideal distance between linked nodes in the precomputed layout (vis canvas units)."""
LABEL_CHARS = 16
FONT_FACE = "Noto Sans CJK SC, WenQuanYi Micro Hei, PingFang SC, Microsoft YaHei, sans-serif"
"""Canvas labels use the page's CJK font stack (vis draws in Arial by default)."""


def labelled_count(n_nodes: int) -> int:
    """How many of the best-connected nodes keep a readable label at every zoom: all of a
    small map, a quarter of a larger one, between 15 and 40 (more would cover each other).
    In maps of more than 25 nodes only nodes with at least two neighbours are candidates."""
    if n_nodes <= 25:
        return n_nodes
    return max(15, min(40, n_nodes // 4))


VIS_VERSION = "vis-9.1.2"


@dataclass
class MapOptions:
    """What to draw. ``center`` is an entity id: resolving a typed name is the caller's job."""

    center: str | None = None
    depth: int = 1
    types: set[str] | None = None
    relations: set[str] | None = None
    max_nodes: int = 500
    title: str = "policykg map"
    physics: bool | None = None
    isolated: bool = True
    """Draw entities that have no link on the map (whole-graph maps read better without them)."""


@dataclass
class MapSummary:
    """What was written: ``edges`` counts drawn links (parallel evidence is folded into one)."""

    path: Path
    nodes: int
    edges: int
    truncated: bool
    total_nodes: int


@dataclass
class _Selection:
    nodes: list[EntityRecord]
    edges: list[RelationRecord]
    truncated: bool
    total_nodes: int


# ---------------------------------------------------------------- selection


def _check_options(options: MapOptions, entities: dict[str, EntityRecord]) -> None:
    for name in sorted(options.types or ()):
        if name not in ENTITY_TYPES:
            raise NotFoundError(f"unknown entity type {name!r} — use one of: {', '.join(ENTITY_TYPES)}")
    for name in sorted(options.relations or ()):
        if name not in RELATION_TYPES:
            raise NotFoundError(f"unknown relation type {name!r} — use one of: {', '.join(RELATION_TYPES)}")
    if options.center is not None and options.center not in entities:
        raise NotFoundError(
            f"entity id {options.center!r} is not in the graph — look the name up first "
            "(e.g. with a search) and pass its id"
        )
    if options.depth < 0:
        raise PolicyKGError(f"depth must be 0 or more, not {options.depth} — use 1 for direct neighbours")
    if options.max_nodes < 1:
        raise PolicyKGError(f"max_nodes must be at least 1, not {options.max_nodes}")


def _select(snapshot: GraphSnapshot, options: MapOptions) -> _Selection:
    entities = snapshot.entity_by_id()
    _check_options(options, entities)
    keep_type = options.types
    candidates = {e.id for e in snapshot.entities if keep_type is None or e.type in keep_type}
    if options.center is not None:
        candidates.add(options.center)  # the node asked for is shown even if its type is filtered out
    relations = [
        r
        for r in snapshot.relations
        if (options.relations is None or r.type in options.relations) and r.head in candidates and r.tail in candidates
    ]
    neighbours: dict[str, set[str]] = {}
    for r in relations:
        if r.head != r.tail:
            neighbours.setdefault(r.head, set()).add(r.tail)
            neighbours.setdefault(r.tail, set()).add(r.head)

    def degree(eid: str) -> int:
        return len(neighbours.get(eid, ()))

    def tiebreak(eid: str) -> tuple[str, str, str]:
        e = entities[eid]
        return (e.type, e.name, e.id)

    if options.center is not None:
        distance = {options.center: 0}
        queue = deque([options.center])
        while queue:
            current = queue.popleft()
            if distance[current] >= options.depth:
                continue
            for other in neighbours.get(current, ()):
                if other not in distance:
                    distance[other] = distance[current] + 1
                    queue.append(other)
        ranked = sorted(distance, key=lambda i: (distance[i], -degree(i), tiebreak(i)))
    else:
        pool = candidates if options.isolated else {i for i in candidates if degree(i) > 0}
        ranked = sorted(pool, key=lambda i: (-degree(i), tiebreak(i)))
    kept = set(ranked[: options.max_nodes])
    nodes = [e for e in snapshot.entities if e.id in kept]
    edges = [r for r in relations if r.head in kept and r.tail in kept]
    return _Selection(nodes, edges, len(ranked) > len(kept), len(ranked))


def select_subgraph(
    snapshot: GraphSnapshot, options: MapOptions
) -> tuple[list[EntityRecord], list[RelationRecord], bool]:
    """The entities and relations a map would show, and whether nodes were cut.

    With a centre, nodes within ``depth`` hops (over the kept relation types) are
    candidates and the nearest win when there are more than ``max_nodes``; without
    one, the best-connected win. Order follows the snapshot so output is stable.
    """
    sel = _select(snapshot, options)
    return sel.nodes, sel.edges, sel.truncated


# ---------------------------------------------------------------- layout


def _components(neighbours: list[list[int]]) -> list[list[int]]:
    seen = [False] * len(neighbours)
    out: list[list[int]] = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        seen[start] = True
        comp = [start]
        queue = deque([start])
        while queue:
            for other in neighbours[queue.popleft()]:
                if not seen[other]:
                    seen[other] = True
                    comp.append(other)
                    queue.append(other)
        out.append(comp)
    out.sort(key=lambda c: (-len(c), c[0]))
    return out


def _radial(comp: list[int], neighbours: list[list[int]]) -> dict[int, list[float]]:
    """Breadth-first tree from the best-connected node, drawn in rings.

    Each subtree gets an angular wedge proportional to its size and each ring is
    made wide enough for the nodes on it, so the force refinement that follows
    starts untangled and needs only a few passes.
    """
    root = min(comp, key=lambda i: (-len(neighbours[i]), i))
    parent = {root: -1}
    depth = {root: 0}
    order = [root]
    children: dict[int, list[int]] = {}
    for current in order:  # order grows while we walk it: a BFS
        for other in neighbours[current]:
            if other not in parent:
                parent[other] = current
                depth[other] = depth[current] + 1
                children.setdefault(current, []).append(other)
                order.append(other)
    size = {i: 1 for i in order}
    for i in reversed(order):
        if parent[i] >= 0:
            size[parent[i]] += size[i]
    per_ring: dict[int, int] = {}
    for i in order:
        per_ring[depth[i]] = per_ring.get(depth[i], 0) + 1
    radius = {0: 0.0}
    for d in range(1, max(per_ring) + 1):
        radius[d] = max(radius[d - 1] + EDGE_LENGTH, per_ring[d] * EDGE_LENGTH * 0.6 / (2 * math.pi))
    wedge = {root: (0.0, 2 * math.pi)}
    pos: dict[int, list[float]] = {}
    for i in order:
        lo, hi = wedge[i]
        angle = (lo + hi) / 2
        pos[i] = [radius[depth[i]] * math.cos(angle), radius[depth[i]] * math.sin(angle)]
        start = lo
        for child in children.get(i, ()):
            span = (hi - lo) * size[child] / (size[i] - 1)
            wedge[child] = (start, start + span)
            start += span
    return pos


def _refine(pos: dict[int, list[float]], neighbours: list[list[int]], iterations: int, rng: random.Random) -> None:
    """Fruchterman–Reingold with grid-limited repulsion: O(n) per pass in plain Python."""
    k = EDGE_LENGTH
    cell = 2 * k
    ids = sorted(pos)
    xs = [p[0] for p in pos.values()]
    start = max(k, (max(xs) - min(xs)) / 15)  # hot enough to undo the ring structure of big trees
    temperature = start
    for step in range(iterations):
        grid: dict[tuple[int, int], list[int]] = {}
        for i in ids:
            x, y = pos[i]
            grid.setdefault((int(x // cell), int(y // cell)), []).append(i)
        disp = {i: [0.0, 0.0] for i in ids}
        for (cx, cy), members in grid.items():
            near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in grid.get((cx + dx, cy + dy), ())]
            for i in members:
                xi, yi = pos[i]
                d = disp[i]
                for j in near:
                    if j == i:
                        continue
                    dx = xi - pos[j][0]
                    dy = yi - pos[j][1]
                    dist2 = dx * dx + dy * dy
                    if dist2 >= cell * cell:
                        continue
                    if dist2 < 1e-4:
                        dx, dy, dist2 = rng.uniform(-1, 1), rng.uniform(-1, 1), 1.0
                    factor = k * k / dist2
                    d[0] += dx * factor
                    d[1] += dy * factor
        for i in ids:
            xi, yi = pos[i]
            for j in neighbours[i]:
                if j <= i or j not in pos:
                    continue
                dx = xi - pos[j][0]
                dy = yi - pos[j][1]
                dist = math.sqrt(dx * dx + dy * dy) or 1e-3
                factor = dist / k
                disp[i][0] -= dx * factor
                disp[i][1] -= dy * factor
                disp[j][0] += dx * factor
                disp[j][1] += dy * factor
        for i in ids:
            dx, dy = disp[i]
            length = math.sqrt(dx * dx + dy * dy)
            if length > 0:
                scale = min(length, temperature) / length
                pos[i][0] += dx * scale
                pos[i][1] += dy * scale
        temperature = start * (1 - (step + 1) / (iterations + 1)) + 2.0


def _pack(boxes: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Shelf-pack component bounding boxes into a roughly square area; returns offsets."""
    gap = EDGE_LENGTH
    area = sum((w + gap) * (h + gap) for w, h in boxes)
    row_width = max(max((w for w, _ in boxes), default=0.0), math.sqrt(area) * 1.2)
    offsets = []
    x = y = row_height = 0.0
    for w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        offsets.append((x, y))
        x += w + gap
        row_height = max(row_height, h)
    return offsets


def layout_positions(
    ids: list[str], links: Iterable[tuple[str, str]], seed: int = LAYOUT_SEED, work: int = 2_000_000
) -> dict[str, tuple[float, float]]:
    """Deterministic 2-D positions for a graph, without numpy.

    Each connected component is laid out as a radial tree and then refined by a
    grid-based force simulation whose number of passes shrinks with size (``work``
    bounds the pair evaluations); components are then shelf-packed, largest first.
    """
    index = {n: i for i, n in enumerate(ids)}
    sets: list[set[int]] = [set() for _ in ids]
    for a, b in links:
        ia, ib = index[a], index[b]
        if ia != ib:
            sets[ia].add(ib)
            sets[ib].add(ia)
    neighbours = [sorted(s) for s in sets]
    rng = random.Random(seed)
    placed: list[dict[int, list[float]]] = []
    boxes: list[tuple[float, float]] = []
    for comp in _components(neighbours):
        pos = _radial(comp, neighbours)
        if len(comp) > 2:
            passes = max(3, min(60, work // (len(comp) * 30)))
            _refine(pos, neighbours, passes, rng)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        min_x, min_y = min(xs), min(ys)
        for p in pos.values():
            p[0] -= min_x
            p[1] -= min_y
        placed.append(pos)
        boxes.append((max(xs) - min_x, max(ys) - min_y))
    out: dict[str, tuple[float, float]] = {}
    for pos, (ox, oy) in zip(placed, _pack(boxes)):
        for i, (x, y) in pos.items():
            out[ids[i]] = (round(x + ox, 1), round(y + oy, 1))
    return out


# ---------------------------------------------------------------- page data


class _IdList(list):
    """pyvis keeps node ids in a list and tests membership on every add: quadratic at
    thousands of nodes. This list answers ``in`` from a set so building stays linear."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, item: Any) -> None:  # noqa: D102 - list API
        self._set.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


def _doc_labels(snapshot: GraphSnapshot, keys: Iterable[str]) -> dict[str, str]:
    """Relations may cite a document by id or by file; show people the file (and title)."""
    known: dict[str, str] = {}
    for d in snapshot.documents:
        label = f"{d.file} — {d.title}" if d.title and d.title != d.file else d.file
        known[d.id] = label
        known[d.file] = label
    return {k: known.get(k, k) for k in sorted(set(keys))}


def _use_physics(options: MapOptions, n_nodes: int) -> bool:
    return options.physics if options.physics is not None else n_nodes <= LARGE_GRAPH


def _vis_options(physics: bool, n_nodes: int) -> dict[str, Any]:
    large = not physics and n_nodes > LARGE_GRAPH
    return {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff", "face": FONT_FACE},
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if large else {"enabled": True, "type": "curvedCW", "roundness": 0.12},
            "font": {"size": 11, "align": "middle", "color": "#444444", "strokeWidth": 3, "face": FONT_FACE},
            "width": 1.2,
            "selectionWidth": 1.5,
        },
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
            "keyboard": False,
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "springLength": 120,
                "springConstant": 0.03,
                "avoidOverlap": 0.3,
            },
            "stabilization": {
                "enabled": True,
                "iterations": STABILISATION_ITERATIONS,
                "updateInterval": 25,
                "fit": True,
            },
        }
        if physics
        else {"enabled": False},
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": physics and n_nodes <= 100},
    }


def _page_data(snapshot: GraphSnapshot, sel: _Selection, options: MapOptions) -> dict[str, Any]:
    physics = _use_physics(options, len(sel.nodes))
    # parallel relation records (same head, type, tail; different sentences) become one drawn link
    links: dict[tuple[str, str, str], list[RelationRecord]] = {}
    for r in sel.edges:
        links.setdefault((r.head, r.type, r.tail), []).append(r)
    edge_labels = len(links) <= EDGE_LABEL_LIMIT
    neighbours: dict[str, set[str]] = {}
    for head, _, tail in links:
        if head != tail:
            neighbours.setdefault(head, set()).add(tail)
            neighbours.setdefault(tail, set()).add(head)
    positions = {} if physics else layout_positions([e.id for e in sel.nodes], [(h, t) for h, _, t in links])

    net = Network(directed=True)
    net.node_ids = _IdList()
    info_nodes: dict[str, Any] = {}
    for e in sel.nodes:
        degree = len(neighbours.get(e.id, ()))
        extra: dict[str, Any] = {"size": round(8 + 5 * math.sqrt(degree), 1) if degree else 7}
        if e.id in positions:
            extra["x"], extra["y"] = positions[e.id]
        if e.id == options.center:
            extra["borderWidth"] = 4
        net.add_node(e.id, label=_short(e.name) or e.id, shape="dot", color=colour_of(e.type), **extra)
        info_nodes[e.id] = {"n": e.name, "t": e.type, "a": list(e.aliases), "d": list(e.docs), "k": degree}
    info_edges: dict[str, Any] = {}
    for (head, rtype, tail), records in links.items():
        rel = RELATION_TYPES.get(rtype)
        extra = {"label": rel.label_zh if rel else rtype} if edge_labels else {}
        eid = min(r.id for r in records)
        net.add_edge(
            head,
            tail,
            id=eid,
            color=rel.colour if rel else "#999999",
            width=round(1.2 + min(3.0, math.log2(len(records))), 2),
            **extra,
        )
        info_edges[eid] = {"t": rtype, "f": head, "o": tail, "ev": [[r.evidence, r.doc] for r in records]}

    nodes, edges, _, _, _, _ = net.get_network_data()
    # vis parses every per-item option: drop what merely repeats the global options
    for node in nodes:
        node.pop("shape", None)
    for edge in edges:
        edge.pop("arrows", None)
    type_counts: dict[str, int] = {}
    for e in sel.nodes:
        type_counts[e.type] = type_counts.get(e.type, 0) + 1
    rel_counts: dict[str, int] = {}
    for _, rtype, _ in links:
        rel_counts[rtype] = rel_counts.get(rtype, 0) + 1
    doc_keys = [d for e in sel.nodes for d in e.docs] + [r.doc for r in sel.edges]
    by_degree = sorted(sel.nodes, key=lambda e: (-len(neighbours.get(e.id, ())), e.type, e.name, e.id))
    if len(sel.nodes) > 25:  # in a larger map a leaf's label is noise over the hubs' labels
        by_degree = [e for e in by_degree if len(neighbours.get(e.id, ())) >= 2]
    labelled = sorted(e.id for e in by_degree[: labelled_count(len(sel.nodes))])
    return {
        "labelled": labelled,
        "fold": script_fold(text for e in sel.nodes for text in (e.name, *e.aliases)),
        "title": options.title,
        "center": options.center,
        "physics": physics,
        "edgeLabels": edge_labels,
        "nodes": nodes,
        "edges": edges,
        "options": _vis_options(physics, len(sel.nodes)),
        "info": {"nodes": info_nodes, "edges": info_edges},
        "docs": _doc_labels(snapshot, doc_keys),
        "types": [
            _type_entry(name, t.label_zh, t.colour, type_counts[name])
            for name, t in ENTITY_TYPES.items()
            if name in type_counts
        ]
        + [
            _type_entry(name, name, colour_of(name), n)
            for name, n in sorted(type_counts.items())
            if name not in ENTITY_TYPES
        ],
        "relations": [
            _type_entry(name, t.label_zh, t.colour, rel_counts[name])
            for name, t in RELATION_TYPES.items()
            if name in rel_counts
        ]
        + [
            _type_entry(name, name, "#999999", n)
            for name, n in sorted(rel_counts.items())
            if name not in RELATION_TYPES
        ],
    }


def script_fold(texts: Iterable[str]) -> dict[str, str]:
    """Character → Simplified form, for every Simplified or Traditional form of the characters
    in ``texts`` whose forms differ: the page folds both the names and what is typed into
    the search box with it, so 醫管局 and 医管局 find each other whichever the documents wrote."""
    from policykg.loaders.normalize import to_simplified
    from policykg.lookup import script_variants

    fold: dict[str, str] = {}
    for ch in sorted({c for t in texts for c in t if ord(c) > 0x2E80}):
        forms = script_variants(ch)
        if len(forms) < 2 or any(len(f) != 1 for f in forms):
            continue
        simplified = to_simplified(ch)
        for form in forms:
            if form != simplified:
                fold[form] = simplified
    return dict(sorted(fold.items()))


def _type_entry(name: str, label: str, colour: str, count: int) -> dict[str, Any]:
    return {"name": name, "label": label, "colour": colour, "count": count}


# ---------------------------------------------------------------- HTML


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no character of it can end the
    element or open a comment, whatever the document text contains."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _read_text(package_dir: Any, *parts: str) -> str:
    return package_dir.joinpath(*parts).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """Our template, script and style, plus the vis-network build shipped in the pyvis wheel."""
    ours = resources.files("policykg.visual").joinpath("assets")
    vis = resources.files("pyvis").joinpath("templates", "lib", VIS_VERSION)
    found = {
        "template": _read_text(ours, "map.html"),
        "map_js": _read_text(ours, "map.js"),
        "map_css": _read_text(ours, "map.css"),
        "vis_js": _read_text(vis, "vis-network.min.js"),
        "vis_css": _read_text(vis, "vis-network.css"),
    }
    for key in ("map_js", "vis_js", "map_css", "vis_css"):
        lowered = found[key].lower()
        if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
            raise PolicyKGError(f"asset {key} cannot be inlined safely — reinstall pyvis {VIS_VERSION}")
    return found


def _csp(scripts: list[str]) -> str:
    """Only our own inline scripts may run (by hash) and nothing may be fetched."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; base-uri 'none'; form-action 'none'"
    )


@lru_cache(maxsize=1)
def _template() -> Any:
    """The page template, with autoescaping on for every value and the two exceptions
    (graph data as script JSON, our checked assets) named as filters in the template."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["script_json"] = lambda value: Markup(json_for_script(value))
    env.filters["asset"] = Markup
    return env.from_string(_assets()["template"])


def _render(snapshot: GraphSnapshot, options: MapOptions) -> tuple[str, _Selection, int]:
    sel = _select(snapshot, options)
    data = _page_data(snapshot, sel, options)
    assets = _assets()
    page = _template().render(
        csp=_csp([assets["vis_js"], assets["map_js"]]),
        title=options.title,
        nodes=len(data["nodes"]),
        edges=len(data["edges"]),
        truncated=sel.truncated,
        shown=len(sel.nodes),
        total=sel.total_nodes,
        data=data,
        vis_css=assets["vis_css"],
        map_css=assets["map_css"],
        vis_js=assets["vis_js"],
        map_js=assets["map_js"],
    )
    return page, sel, len(data["edges"])


def render_map(snapshot: GraphSnapshot, options: MapOptions) -> str:
    """The whole map as one self-contained HTML page (same snapshot → same bytes)."""
    return _render(snapshot, options)[0]


def write_map(snapshot: GraphSnapshot, options: MapOptions, path: Path) -> MapSummary:
    """Render and save a map; the summary tells the caller what made it onto the page."""
    page, sel, n_edges = _render(snapshot, options)
    path = Path(path)
    from policykg.graph.readwrite.output import atomic_output

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(path) as fh:  # never half a map over an old one
            fh.write(page)
    except OSError as exc:
        raise PolicyKGError(f"{path}: cannot write the map ({exc.strerror or exc}) — choose a writable path") from exc
    return MapSummary(
        path=path, nodes=len(sel.nodes), edges=n_edges, truncated=sel.truncated, total_nodes=sel.total_nodes
    )
