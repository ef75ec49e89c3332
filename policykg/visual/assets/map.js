/* policykg map behaviour: legend, relation filter, search, tooltip, neighbourhood
 * highlight and the details panel.
 *
 * Every piece of document text is written with textContent (never innerHTML), so a
 * name such as "<script>" stays text. The data comes from the JSON block the page
 * was generated with; window.policykgMap exposes the network for tests and tools.
 */
(function () {
  "use strict";

  var DIM_NODE = "rgba(200,200,200,0.35)";
  var DIM_EDGE = "rgba(200,200,200,0.25)";
  var DIM_FONT = "rgba(40,40,40,0.25)";
  var FONT = "#222222";
  var EDGE_FONT = "#444444";

  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("pk-data").textContent);
  var info = data.info;
  var api = { ready: false, readyAt: null, selected: null, timings: timings };
  window.policykgMap = api;

  var byId = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  var typeInfo = {};
  data.types.forEach(function (t) { typeInfo[t.name] = t; });
  var relInfo = {};
  data.relations.forEach(function (r) { relInfo[r.name] = r; });
  var baseNode = {};
  data.nodes.forEach(function (n) { baseNode[n.id] = n; });
  var baseEdge = {};
  var incident = {};
  data.edges.forEach(function (e) {
    baseEdge[e.id] = e;
    (incident[e.from] = incident[e.from] || []).push(e.id);
    if (e.to !== e.from) { (incident[e.to] = incident[e.to] || []).push(e.id); }
  });

  function typeLabel(t) { var i = typeInfo[t]; return i ? i.label + " · " + t : t; }
  function relLabel(t) { var i = relInfo[t]; return i ? i.label : t; }
  function docLabel(key) { return Object.prototype.hasOwnProperty.call(data.docs, key) ? data.docs[key] : key; }

  /* Labels of the best-connected nodes stay readable at any zoom, the opening one included:
   * vis hides a label whose on-screen size falls below drawThreshold, which at the zoom
   * that fits a map of a hundred nodes is every label. Their font grows as the view zooms
   * out so that it stays LABEL_PX on screen; the others appear as one zooms in. */
  var LABEL_PX = 12;
  var pinned = new Set(data.labelled || []);
  var pinnedSize = 14;

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = byId("pk-canvas");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  timings.network = performance.now();
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;

  /* ------------------------------------------------------------ filters */

  var hiddenTypes = new Set();
  var hiddenRels = new Set();

  function applyNodeVisibility() {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: hiddenTypes.has(info.nodes[n.id].t) };
    }));
  }
  function applyEdgeVisibility() {
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: hiddenRels.has(info.edges[e.id].t) };
    }));
  }

  var typeButtons = {};
  function toggleType(name, show) {
    var hide = show === undefined ? !hiddenTypes.has(name) : !show;
    if (hide) { hiddenTypes.add(name); } else { hiddenTypes.delete(name); }
    if (typeButtons[name]) {
      typeButtons[name].classList.toggle("pk-off", hide);
      typeButtons[name].setAttribute("aria-pressed", hide ? "false" : "true");
    }
    applyNodeVisibility();
  }
  api.toggleType = toggleType;

  var relBoxes = {};
  function toggleRelation(name, show) {
    var hide = show === undefined ? !hiddenRels.has(name) : !show;
    if (hide) { hiddenRels.add(name); } else { hiddenRels.delete(name); }
    if (relBoxes[name]) { relBoxes[name].checked = !hide; }
    applyEdgeVisibility();
  }
  api.toggleRelation = toggleRelation;

  data.types.forEach(function (t) {
    var li = el("li");
    var b = el("button");
    b.type = "button";
    b.setAttribute("aria-pressed", "true");
    b.dataset.type = t.name;
    var sw = el("span", "pk-swatch");
    sw.style.background = t.colour;
    b.append(sw, el("span", null, t.label + " " + t.name), el("span", "pk-count", t.count));
    b.addEventListener("click", function () { toggleType(t.name); });
    typeButtons[t.name] = b;
    li.append(b);
    byId("pk-types").append(li);
  });
  data.relations.forEach(function (r) {
    var li = el("li");
    var lab = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.relation = r.name;
    box.addEventListener("change", function () { toggleRelation(r.name, box.checked); });
    relBoxes[r.name] = box;
    var line = el("span", "pk-line");
    line.style.background = r.colour;
    lab.append(box, line, el("span", null, r.label + " " + r.name), el("span", "pk-count", r.count));
    li.append(lab);
    byId("pk-rels").append(li);
  });

  /* ------------------------------------------------------------ highlight */

  /* Only items whose look changes are sent to vis: a full update of thousands of
   * nodes costs hundreds of milliseconds, a change of neighbourhood a handful. */
  var nodeOn = {};
  var edgeOn = {};
  var edgeLabelled = {};
  data.nodes.forEach(function (n) { nodeOn[n.id] = true; });
  data.edges.forEach(function (e) { edgeOn[e.id] = true; edgeLabelled[e.id] = false; });

  function neighbourhood(id) {
    var keepNodes = new Set([id]);
    var keepEdges = new Set(incident[id] || []);
    keepEdges.forEach(function (eid) { keepNodes.add(baseEdge[eid].from); keepNodes.add(baseEdge[eid].to); });
    return { nodes: keepNodes, edges: keepEdges };
  }
  function fontOf(id, on) {
    var f = on ? { color: FONT, strokeWidth: 3 } : { color: DIM_FONT, strokeWidth: 0 };
    if (pinned.has(id)) { f.size = pinnedSize; }
    return f;
  }
  function applyPinned() {
    var scale = network.getScale();
    if (!(scale > 0) || !pinned.size) { return; }
    var size = Math.max(14, Math.ceil(LABEL_PX / scale));
    if (size === pinnedSize) { return; }
    pinnedSize = size;
    var updates = [];
    pinned.forEach(function (id) { updates.push({ id: id, font: fontOf(id, nodeOn[id]) }); });
    nodes.update(updates);
  }
  api.labelled = function () { return Array.from(pinned); };

  function applyLook(keep) {
    var nodeUpdates = [];
    data.nodes.forEach(function (n) {
      var on = !keep || keep.nodes.has(n.id);
      if (nodeOn[n.id] !== on) {
        nodeOn[n.id] = on;
        nodeUpdates.push({ id: n.id, color: on ? n.color : DIM_NODE, font: fontOf(n.id, on) });
      }
    });
    var edgeUpdates = [];
    data.edges.forEach(function (e) {
      /* thousands of edges cost seconds to recolour: big maps leave them to vis's own
       * selection highlight and only label the selected node's links */
      var on = !keep || keep.edges.has(e.id) || !data.edgeLabels;
      var labelled = !data.edgeLabels && !!keep && keep.edges.has(e.id);
      if (edgeOn[e.id] === on && edgeLabelled[e.id] === labelled) { return; }
      var u = { id: e.id };
      if (edgeOn[e.id] !== on) { u.color = on ? e.color : DIM_EDGE; u.font = { color: on ? EDGE_FONT : DIM_FONT }; }
      if (edgeLabelled[e.id] !== labelled) { u.label = labelled ? relLabel(info.edges[e.id].t) : ""; }
      edgeOn[e.id] = on;
      edgeLabelled[e.id] = labelled;
      edgeUpdates.push(u);
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
  }
  function highlight(id) {
    applyLook(neighbourhood(id));
    api.selected = id;
  }
  function unhighlight() {
    applyLook(null);
    api.selected = null;
  }

  /* ------------------------------------------------------------ panel */

  var panel = byId("pk-panel");
  function panelHint() {
    panel.replaceChildren(el("p", "pk-hint", "点击节点查看详情、关系与证据 · click a node for its links and evidence"));
  }
  function evidenceList(ev) {
    var ul = el("ul", "pk-evidence");
    ev.forEach(function (pair) {
      var li = el("li");
      li.append(el("div", "pk-quote", "“" + pair[0] + "”"), el("div", "pk-doc", docLabel(pair[1])));
      ul.append(li);
    });
    return ul;
  }
  function gotoButton(id) {
    var b = el("button", "pk-goto", info.nodes[id] ? info.nodes[id].n : id);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function showPanel(id) {
    var n = info.nodes[id];
    var parts = [el("h2", null, n.n)];
    var type = el("div", "pk-type");
    var sw = el("span", "pk-swatch");
    sw.style.background = baseNode[id].color;
    type.append(sw, el("span", null, typeLabel(n.t)), el("span", "pk-count", "degree " + n.k));
    parts.push(type);
    if (n.a.length) {
      parts.push(el("h3", null, "别名 · aliases"));
      var al = el("ul");
      n.a.forEach(function (a) { al.append(el("li", null, a)); });
      parts.push(al);
    }
    parts.push(el("h3", null, "文件 · documents (" + n.d.length + ")"));
    var dl = el("ul");
    n.d.forEach(function (d) { dl.append(el("li", null, docLabel(d))); });
    parts.push(dl);
    var links = incident[id] || [];
    parts.push(el("h3", null, "关系 · links (" + links.length + ")"));
    var ll = el("ul", "pk-links");
    links.forEach(function (eid) {
      var e = info.edges[eid];
      var li = el("li");
      var head = el("div");
      var rel = el("span", "pk-rel", relLabel(e.t));
      rel.style.color = baseEdge[eid].color;
      if (e.f === id) {
        head.append(rel, document.createTextNode(" → "), gotoButton(e.o));
      } else {
        head.append(gotoButton(e.f), document.createTextNode(" → "), rel);
      }
      li.append(head, evidenceList(e.ev));
      ll.append(li);
    });
    parts.push(ll);
    panel.replaceChildren.apply(panel, parts);
    panel.scrollTop = 0;
  }
  function showEdgePanel(eid) {
    var e = info.edges[eid];
    var head = el("h2");
    head.append(gotoButton(e.f), document.createTextNode(" → " + relLabel(e.t) + " → "), gotoButton(e.o));
    panel.replaceChildren(head, el("h3", null, "证据 · evidence (" + e.ev.length + ")"), evidenceList(e.ev));
  }

  function focusNode(id) {
    var n = info.nodes[id];
    if (!n) { return false; }
    if (hiddenTypes.has(n.t)) { toggleType(n.t, true); }
    network.selectNodes([id]);
    highlight(id);
    showPanel(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0),
                        animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    return true;
  }
  api.focusNode = focusNode;

  network.on("click", function (p) {
    if (p.nodes.length) {
      highlight(p.nodes[0]);
      showPanel(p.nodes[0]);
    } else if (p.edges.length) {
      unhighlight();
      showEdgePanel(p.edges[0]);
    } else {
      unhighlight();
      panelHint();
    }
  });

  /* ------------------------------------------------------------ tooltip */

  var tooltip = byId("pk-tooltip");
  network.on("hoverNode", function (p) {
    var n = info.nodes[p.node];
    var parts = [el("strong", null, n.n), el("div", "pk-sub", typeLabel(n.t))];
    if (n.a.length) { parts.push(el("div", "pk-sub", "别名 aliases: " + n.a.join("、"))); }
    tooltip.replaceChildren.apply(tooltip, parts);
    var box = container.getBoundingClientRect();
    tooltip.style.left = Math.round(box.left + p.pointer.DOM.x + 14) + "px";
    tooltip.style.top = Math.round(box.top + p.pointer.DOM.y + 14) + "px";
    tooltip.hidden = false;
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });

  /* ------------------------------------------------------------ search */

  /* names and queries are compared in one script: every Traditional form folds to its
   * Simplified one (the table holds the characters of this map's names) */
  var foldTable = data.fold || {};
  function fold(text) {
    var out = "";
    for (var ch of String(text).toLowerCase()) {
      out += Object.prototype.hasOwnProperty.call(foldTable, ch) ? foldTable[ch] : ch;
    }
    return out;
  }
  var searchIndex = data.nodes.map(function (n) {
    var i = info.nodes[n.id];
    return { id: n.id, name: fold(i.n), aliases: i.a.map(fold) };
  });
  function findNodes(query) {
    var q = fold(String(query || "").trim());
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (s) {
      var rank = -1;
      if (s.name === q) { rank = 0; }
      else if (s.aliases.indexOf(q) >= 0) { rank = 1; }
      else if (s.name.indexOf(q) === 0) { rank = 2; }
      else if (s.name.indexOf(q) > 0) { rank = 3; }
      else if (s.aliases.some(function (a) { return a.indexOf(q) >= 0; })) { rank = 4; }
      if (rank >= 0) { hits.push([rank, s.name.length, s.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return hits.map(function (h) { return h[2]; });
  }
  api.findNodes = findNodes;
  api.search = function (query) {
    var hits = findNodes(query);
    if (hits.length) { focusNode(hits[0]); }
    return hits.length ? hits[0] : null;
  };

  var input = byId("pk-search");
  var results = byId("pk-results");
  function closeResults() { results.hidden = true; results.replaceChildren(); }
  function choose(id) { closeResults(); focusNode(id); }
  function showResults() {
    var hits = findNodes(input.value).slice(0, 20);
    if (!input.value.trim()) { closeResults(); return; }
    if (!hits.length) {
      results.replaceChildren(el("li", "pk-sub", "无结果 · no match"));
      results.hidden = false;
      return;
    }
    results.replaceChildren.apply(results, hits.map(function (id, k) {
      var n = info.nodes[id];
      var li = el("li", k === 0 ? "pk-active" : null);
      var sw = el("span", "pk-swatch");
      sw.style.background = baseNode[id].color;
      li.append(sw, el("span", null, n.n), el("span", "pk-sub", typeLabel(n.t)));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(id); });
      return li;
    }));
    results.hidden = false;
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = findNodes(input.value);
      if (hits.length) { choose(hits[0]); }
    } else if (ev.key === "Escape") {
      closeResults();
    }
  });
  input.addEventListener("blur", function () { setTimeout(closeResults, 150); });

  /* ------------------------------------------------------------ ready */

  network.on("zoom", applyPinned);
  network.on("animationFinished", applyPinned);

  var progress = byId("pk-progress");
  function whenDrawn(then) {
    applyPinned();
    network.once("afterDrawing", then);
    network.redraw();
  }
  function markReady() {
    if (api.ready) { return; }
    api.ready = true;
    api.readyAt = performance.now();
    progress.textContent = "";
    document.body.setAttribute("data-ready", "1");
    if (data.center && info.nodes[data.center]) { focusNode(data.center); }
  }
  panelHint();
  if (!data.nodes.length) {
    panel.replaceChildren(el("p", "pk-hint", "没有可显示的节点 · nothing to show with these filters"));
    markReady();
  } else if (data.physics) {
    progress.textContent = "布局中 · laying out…";
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "布局中 · laying out " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      /* stop the simulation once settled so the map holds still and stays cheap */
      network.setOptions({ physics: { enabled: false } });
      whenDrawn(markReady);
    });
  } else {
    network.fit({ animation: false });
    whenDrawn(markReady);
  }
}());
