// The interactive actor network, its evidence panel and the timeline (data: #wb-data, see pipeline/report/workbench.py).
// Text from the tables only ever reaches the page through textContent or canvas labels, never as markup.
(() => {
  "use strict";
  performance.mark("wb-start");
  const data = JSON.parse(document.getElementById("wb-data").textContent);
  const REL_COLOUR = { funds: "#009E73", trains: "#E69F00", backs: "#0072B2", denies: "#D55E00" };
  const TYPE_FILL = {
    state: "#a6cee3", armed_group: "#fb9a99", political_organisation: "#cab2d6", government_body: "#b2df8a",
    international_organisation: "#fdbf6f", person: "#f4cae4", media_outlet: "#dddddd", company: "#c7b299",
    ngo: "#ffff99", region_bloc: "#80b1d3",
  };
  const UNKNOWN_FILL = "#ffffff";
  const LIST_LIMIT = 200;

  const rels = data.rels.map((r) => ({
    s: r[0], rel: r[1], o: r[2], mod: r[3], n: r[4], k: r[5], src: r[6], rule: r[7], ev: r[8], cameo: r[9], plover: r[10],
    month: data.docs[r[4]][2],
  }));
  const quotes = data.quotes.map((q) => ({ a: q[0], n: q[1], k: q[2], text: q[3], kind: q[4] }));
  const isActor = (end) => typeof end === "number";
  const nameOf = (end) => (isActor(end) ? data.actors[end][0] : end || "—");

  // -- small DOM helpers (text only) ------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  const relBadge = (rel) => el("span", { class: "rel", "data-r": rel }, rel);
  const modBadge = (mod) => el("span", { class: "mod", "data-m": mod }, mod);

  // -- filters ----------------------------------------------------------------------------------
  const checked = (name) => new Set([...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value));
  const from = document.getElementById("date-from");
  const to = document.getElementById("date-to");
  let filter = null;
  function readFilters() {
    const lo = from ? from.value : null;
    const hi = to ? to.value : null;
    const full = !from || (from.selectedIndex === 0 && to.selectedIndex === to.options.length - 1);
    filter = { rels: checked("relation"), mods: checked("modality"), lo, hi, full };
  }
  const passes = (r) => filter.rels.has(r.rel) && filter.mods.has(r.mod) &&
    (filter.full || (r.month !== null && r.month >= filter.lo && r.month <= filter.hi));

  // -- the row lists of the panels ----------------------------------------------------------------
  function relationItem(r) {
    const doc = data.docs[r.n];
    const codes = [r.cameo && `CAMEO ${r.cameo}`, r.plover && `PLOVER ${r.plover}`].filter(Boolean).join(" · ");
    return el("li", { class: "wb-row" },
      el("div", null, el("b", null, nameOf(r.s)), " ", relBadge(r.rel), " ", el("b", null, nameOf(r.o)), " ", modBadge(r.mod)),
      el("div", { class: "wb-ev" }, r.ev),
      el("div", { class: "small" }, `${doc[1] || "no date"} · `,
        el("a", { class: "jump", href: `#a${r.n}-r${r.k}`, title: "show the sentence in its article" }, doc[0]),
        ` · source: ${r.src || "the article"} · rule `, el("code", null, r.rule), codes ? ` · ${codes}` : ""));
  }
  function quoteItem(q) {
    const doc = data.docs[q.n];
    return el("li", { class: "wb-row" },
      el("div", { class: "wb-quote" }, `“${q.text}”`),
      el("div", { class: "small" }, `${q.kind} · ${doc[1] || "no date"} · `,
        el("a", { class: "jump", href: `#a${q.n}-q${q.k}`, title: "show the quotation in its article" }, doc[0])));
  }
  function list(title, rows, item) {
    const ul = el("ul", { class: "wb-list" }, ...rows.slice(0, LIST_LIMIT).map(item));
    const more = rows.length > LIST_LIMIT ? el("p", { class: "small" }, `… and ${rows.length - LIST_LIMIT} more`) : null;
    return [el("h4", null, `${title} (${rows.length})`), rows.length ? ul : el("p", { class: "empty" }, "none under these filters"), more];
  }
  function show(target, ...children) {
    target.replaceChildren(...children.flat().filter(Boolean));
  }

  // -- the network --------------------------------------------------------------------------------
  const edgeRows = new Map();  // "s|rel|o|negated" -> relation rows
  for (const r of rels) {
    if (!isActor(r.s) || !isActor(r.o) || r.s === r.o) continue;
    const key = `${r.s}|${r.rel}|${r.o}|${r.mod === "negated"}`;
    if (!edgeRows.has(key)) edgeRows.set(key, []);
    edgeRows.get(key).push(r);
  }
  const inRelations = new Set([...edgeRows.values()].flatMap((rows) => [rows[0].s, rows[0].o]));
  const quoted = new Set(quotes.map((q) => q.a));
  const ids = [...new Set([...inRelations, ...quoted])];
  const most = Math.max(1, ...ids.map((id) => data.actors[id][3]));
  const scale = (x, lo, hi) => lo + (hi - lo) * Math.sqrt(x / most);
  const elements = ids.map((id) => {
    const [name, qid, type, articles] = data.actors[id];
    const [x, y] = data.pos[id] || [0, 0];
    return { group: "nodes", position: { x, y }, data: { id: `n${id}`, aid: id, label: name, qid, type, articles,
      size: scale(articles, 14, 54), font: scale(articles, 9, 22), fill: TYPE_FILL[type] || UNKNOWN_FILL,
      speakerOnly: !inRelations.has(id) } };
  });
  let e = 0;
  for (const [key, rows] of edgeRows) {
    const r = rows[0];
    const negated = key.endsWith("|true");
    elements.push({ group: "edges", data: { id: `e${e++}`, source: `n${r.s}`, target: `n${r.o}`, rel: r.rel, negated, rows,
      colour: REL_COLOUR[r.rel] || "#777777", line: negated ? "dotted" : r.rel === "denies" ? "dashed" : "solid", width: 2 } });
  }

  const cy = cytoscape({
    container: document.getElementById("cy"),
    layout: { name: "preset" },  // positions from report time (data.pos)
    elements,
    minZoom: 0.05,
    maxZoom: 5,
    style: [
      { selector: "node", style: {
        width: "data(size)", height: "data(size)", "background-color": "data(fill)", "border-width": 1.2, "border-color": "#333",
        label: "data(label)", "font-size": "data(font)", "min-zoomed-font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
        "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1, color: "#222" } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "line-style": "data(line)", "curve-style": "bezier", "arrow-scale": 1.1, opacity: edgeRows.size > 200 ? 0.45 : 0.85 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".dim", style: { opacity: 0.12, "text-opacity": 0.2 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#d00" } },
      { selector: "edge:selected", style: { opacity: 1, "underlay-color": "#d00", "underlay-opacity": 0.25, "underlay-padding": 4 } },
    ],
  });
  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

  const status = document.getElementById("wb-status");
  const speakersBox = document.getElementById("show-speakers");
  function apply() {
    readFilters();
    cy.batch(() => {
      let most = 1;
      for (const edge of cy.edges()) {
        const docs = new Set(edge.data("rows").filter(passes).map((r) => r.n));
        edge.data("articles", docs.size);
        most = Math.max(most, docs.size);
      }
      for (const edge of cy.edges()) {
        const n = edge.data("articles");
        edge.toggleClass("hidden", n === 0);
        edge.data("width", 1.5 + 6.5 * Math.sqrt(Math.max(n - 1, 0) / Math.max(most - 1, 1)));
      }
      for (const node of cy.nodes()) {
        const linked = node.connectedEdges().some((x) => !x.hasClass("hidden"));
        node.toggleClass("hidden", !linked && !(speakersBox.checked && quoted.has(node.data("aid"))));
      }
    });
    const shown = rels.filter(passes).length;
    status.textContent = `${cy.nodes().not(".hidden").length} actors, ${cy.edges().not(".hidden").length} edges, ${shown} of ${rels.length} relation rows`;
    drawTimeline();
  }

  const panel = document.getElementById("wb-panel");
  function showEdge(edge) {
    const r0 = edge.data("rows")[0];
    const rows = edge.data("rows").filter(passes);
    show(panel,
      el("h3", null, nameOf(r0.s), " ", relBadge(r0.rel), " ", nameOf(r0.o), edge.data("negated") ? " (negated)" : ""),
      el("p", { class: "small" }, `${edge.data("articles")} article(s), ${rows.length} evidence sentence(s)`),
      list("Evidence", rows, relationItem));
  }
  function showNode(node) {
    const id = node.data("aid");
    const rows = rels.filter((r) => (r.s === id || r.o === id) && passes(r));
    const said = quotes.filter((q) => q.a === id);
    show(panel,
      el("h3", null, node.data("label")),
      el("p", { class: "small" }, [node.data("type") || "type unknown", node.data("qid") ? `Wikidata ${node.data("qid")}` : "no QID",
        `named in ${node.data("articles")} article(s)`].join(" · ")),
      list("Relations", rows, relationItem), list("Quotes", said, quoteItem));
  }
  // A selected actor or edge keeps its neighbourhood in full colour and fades the rest (readable at 300+ actors).
  function focus(ele) {
    cy.elements().unselect().removeClass("dim");
    if (!ele) return;
    ele.select();
    const near = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    cy.elements().not(near).addClass("dim");
  }
  cy.on("tap", "edge", (ev) => { focus(ev.target); showEdge(ev.target); });
  cy.on("tap", "node", (ev) => { focus(ev.target); showNode(ev.target); });
  cy.on("tap", (ev) => { if (ev.target === cy) focus(null); });

  const tip = document.getElementById("cy-tip");
  cy.on("mouseover", "node, edge", (ev) => {
    const x = ev.target;
    tip.textContent = x.isNode()
      ? `${x.data("label")} · ${x.data("type") || "type unknown"} · ${x.data("qid") || "no QID"} · ${x.data("articles")} article(s)`
      : `${x.source().data("label")} ${x.data("rel")} ${x.target().data("label")}${x.data("negated") ? " (negated)" : ""} · ${x.data("articles")} article(s)`;
    const box = cy.container().getBoundingClientRect();
    tip.style.left = `${box.left + window.scrollX + ev.renderedPosition.x + 12}px`;
    tip.style.top = `${box.top + window.scrollY + ev.renderedPosition.y + 12}px`;
    tip.hidden = false;
  });
  cy.on("mouseout", "node, edge", () => { tip.hidden = true; });

  // -- search -------------------------------------------------------------------------------------
  const search = document.getElementById("actor-search");
  const names = document.getElementById("actor-names");
  names.append(...cy.nodes().map((n) => n.data("label")).sort((a, b) => a.localeCompare(b)).map((n) => el("option", { value: n })));
  function find() {
    const q = search.value.trim().toLowerCase();
    if (!q) return;
    const nodes = cy.nodes().toArray();
    const node = nodes.find((n) => n.data("label").toLowerCase() === q) || nodes.find((n) => n.data("label").toLowerCase().includes(q));
    if (!node) { status.textContent = `no actor matches “${search.value.trim()}”`; return; }
    if (node.hasClass("hidden") && node.data("speakerOnly")) { speakersBox.checked = true; apply(); layout(); }
    focus(node);
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    showNode(node);
    status.textContent = `found ${node.data("label")}${node.hasClass("hidden") ? " (no relation under these filters)" : ""}`;
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") find(); });

  // -- the timeline: relations per month by type, under the same filters ---------------------------
  const tl = document.getElementById("tl");
  const tlRows = document.getElementById("tl-rows");
  const months = from ? [...from.options].map((o) => o.value) : [];
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  }
  function drawTimeline() {
    if (!tl || !months.length) return;
    const types = [...new Set(rels.map((r) => r.rel))].sort((a, b) =>
      (REL_COLOUR[a] ? Object.keys(REL_COLOUR).indexOf(a) : 9) - (REL_COLOUR[b] ? Object.keys(REL_COLOUR).indexOf(b) : 9));
    const counts = months.map(() => Object.fromEntries(types.map((t) => [t, []])));
    const index = new Map(months.map((m, i) => [m, i]));
    for (const r of rels) if (passes(r) && index.has(r.month)) counts[index.get(r.month)][r.rel].push(r);
    const top = Math.max(1, ...counts.map((c) => types.reduce((s, t) => s + c[t].length, 0)));
    const W = Math.max(tl.clientWidth || 900, 320), H = 200, left = 34, bottom = 42, plot = H - bottom - 8;
    const step = (W - left - 8) / months.length;
    const bars = svg("g", {});
    counts.forEach((c, i) => {
      let y = H - bottom;
      for (const t of types) {
        const n = c[t].length;
        if (!n) continue;
        const h = (n / top) * plot;
        y -= h;
        const rect = svg("rect", { x: left + i * step + step * 0.1, y, width: Math.max(step * 0.8, 1), height: h,
          fill: REL_COLOUR[t] || "#777777", class: "tl-bar", "data-month": months[i], "data-rel": t, tabindex: 0 },
          svg("title", {}, `${months[i]} · ${t}: ${n}`));
        rect.addEventListener("click", () => {
          show(tlRows, el("h4", null, `${months[i]} · `, relBadge(t)), list("Relations", c[t], relationItem).slice(1));
        });
        bars.append(rect);
      }
    });
    const axis = svg("g", { class: "tl-axis" },
      svg("line", { x1: left, x2: W - 8, y1: H - bottom, y2: H - bottom }),
      svg("text", { x: left - 4, y: H - bottom - plot + 4, "text-anchor": "end" }, String(top)),
      svg("text", { x: left - 4, y: H - bottom + 4, "text-anchor": "end" }, "0"));
    const every = Math.max(1, Math.ceil(months.length / Math.floor((W - left) / 56)));
    months.forEach((m, i) => {
      if (i % every === 0) axis.append(svg("text", { x: left + (i + 0.5) * step, y: H - bottom + 16, "text-anchor": "middle" }, m));
    });
    tl.replaceChildren(svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": "relations per month by type" }, axis, bars));
  }

  // -- layout, legend, controls ---------------------------------------------------------------------
  // The page opens with the positions computed at report time (data.pos); actors shown later (the quoted ones)
  // are placed by fcose in the browser, starting from where everything already is.
  function layout() {
    const visible = cy.elements().not(".hidden");
    const unplaced = visible.nodes().filter((n) => !data.pos[n.data("aid")]);
    if (!unplaced.length || !window.cytoscapeFcose) { cy.fit(visible, 30); return; }
    unplaced.forEach((n) => { n.position({ x: Math.random() * 1000, y: Math.random() * 1000 }); });
    visible.layout({ name: "fcose", quality: "default", randomize: false, animate: false, fit: true, padding: 30,
      numIter: 800, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 80, packComponents: true }).run();
  }
  const legend = document.getElementById("type-legend");
  const types = [...new Set(cy.nodes().map((n) => n.data("type") || "type unknown"))].sort();
  legend.append("Actor type: ", ...types.flatMap((t) => [el("span", { class: "swatch", "data-fill": t }, t), " "]));
  for (const sw of legend.querySelectorAll(".swatch")) sw.style.background = TYPE_FILL[sw.dataset.fill] || UNKNOWN_FILL;

  for (const input of document.querySelectorAll('#wb-controls input[type="checkbox"], #wb-controls select')) {
    input.addEventListener("change", () => { apply(); if (input === speakersBox) layout(); });
  }
  document.getElementById("wb-fit").addEventListener("click", () => cy.fit(cy.elements().not(".hidden"), 30));
  performance.mark("wb-built");
  apply();
  performance.mark("wb-filtered");
  layout();
  performance.mark("wb-laid-out");
  window.workbench = { cy };  // for the browser tests and the developer console
  document.documentElement.dataset.wbReady = String(Math.round(performance.now()));
})();
