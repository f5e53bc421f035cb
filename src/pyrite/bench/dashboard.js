// Draws the benchmark dashboard as inline SVG from the JSON in #bench-data.
"use strict";

const DATA = JSON.parse(document.getElementById("bench-data").textContent);
const COLORS = { pyrite: "#b5651d", c: "#555555", cpython: "#3572a5", pypy: "#2e8b57", numba: "#8e44ad" };
const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                 "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39"];
const SVG = "http://www.w3.org/2000/svg";
const W = 460, H = 240, M = { left: 52, right: 10, top: 10, bottom: 34 };

function el(name, attrs, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function figure(parent, title) {
  const fig = document.createElement("figure");
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  fig.appendChild(caption);
  parent.appendChild(fig);
  const svg = el("svg", { width: W, height: H, class: "chart", role: "img" }, fig);
  el("title", {}, svg).textContent = title;
  return svg;
}

function niceTicks(lo, hi, log) {
  if (log) {
    const ticks = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (const m of [1, 2, 5]) {
        const v = m * Math.pow(10, e);
        if (v >= lo && v <= hi) ticks.push(v);
      }
    }
    return ticks.length ? ticks : [lo, hi];
  }
  const step = Math.pow(10, Math.floor(Math.log10((hi - lo) || 1)));
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-12; v += step) ticks.push(v);
  return ticks;
}

function label(v) {
  if (v === 0) return "0";
  if (Math.abs(v) >= 1000) return (v / 1000).toFixed(0) + "k";
  return Math.abs(v) >= 1 ? String(+v.toFixed(2)) : String(+v.toPrecision(2));
}

function scales(values, count, log, reference) {
  let lo = Math.min(...values), hi = Math.max(...values);
  if (reference !== undefined) { lo = Math.min(lo, reference); hi = Math.max(hi, reference); }
  if (log) { lo /= 1.25; hi *= 1.25; } else { lo = Math.min(0, lo); hi = hi * 1.1 || 1; }
  const f = log ? Math.log10 : (v) => v;
  const y = (v) => M.top + (H - M.top - M.bottom) * (1 - (f(v) - f(lo)) / ((f(hi) - f(lo)) || 1));
  const x = (i) => M.left + (count <= 1 ? (W - M.left - M.right) / 2 : i * (W - M.left - M.right) / (count - 1));
  return { x, y, lo, hi };
}

function axes(svg, s, log, xLabels, yTitle, reference) {
  for (const t of niceTicks(s.lo, s.hi, log)) {
    el("line", { x1: M.left, x2: W - M.right, y1: s.y(t), y2: s.y(t), class: "grid-line" }, svg);
    el("text", { x: M.left - 4, y: s.y(t) + 3, "text-anchor": "end" }, svg).textContent = label(t);
  }
  el("line", { x1: M.left, x2: M.left, y1: M.top, y2: H - M.bottom, class: "axis" }, svg);
  el("line", { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: "axis" }, svg);
  const every = Math.max(1, Math.ceil(xLabels.length / 6));
  xLabels.forEach((text, i) => {
    if (i % every === 0 || i === xLabels.length - 1)
      el("text", { x: s.x(i), y: H - M.bottom + 12, "text-anchor": "middle" }, svg).textContent = text;
  });
  el("text", { x: 4, y: M.top + 8 }, svg).textContent = yTitle;
  if (reference !== undefined)
    el("line", { x1: M.left, x2: W - M.right, y1: s.y(reference), y2: s.y(reference), class: "reference" }, svg);
}

function legend(svg, series, atTop) {
  series.forEach((one, i) => {
    const x = M.left + (atTop ? 60 : 4) + (i % 4) * 95;
    const y = atTop ? M.top + 4 + 11 * Math.floor(i / 4) : H - 8 - 11 * Math.floor(i / 4);
    el("rect", { x, y: y - 7, width: 10, height: 3, fill: one.color }, svg);
    el("text", { x: x + 13, y }, svg).textContent = one.name;
  });
}

// series: [{name, color, values: [number|null per run]}]
function lineChart(parent, title, xLabels, series, opts) {
  const svg = figure(parent, title);
  const present = series.filter((one) => one.values.some((v) => v !== null && v > 0));
  const values = present.flatMap((one) => one.values.filter((v) => v !== null && v > 0));
  if (!values.length) {
    el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, svg).textContent = "no data yet";
    return svg;
  }
  const s = scales(values, xLabels.length, opts.log, opts.reference);
  axes(svg, s, opts.log, xLabels, opts.yTitle, opts.reference);
  for (const one of present) {
    let d = "";
    one.values.forEach((v, i) => {
      if (v === null || !(v > 0)) return;
      d += (d && one.values[i - 1] !== null ? "L" : "M") + s.x(i).toFixed(1) + "," + s.y(v).toFixed(1);
    });
    const path = el("path", { d, stroke: one.color, class: "series", "data-name": one.name }, svg);
    el("title", {}, path).textContent = one.name;
    one.values.forEach((v, i) => {
      if (v === null || !(v > 0)) return;
      const dot = el("circle", { cx: s.x(i), cy: s.y(v), r: 2.5, fill: one.color }, svg);
      el("title", {}, dot).textContent = `${one.name}, ${xLabels[i]}: ${label(v)}`;
    });
  }
  legend(svg, present);
  return svg;
}

// bars: [{name, values: {series name: number|null}}]; one path per series, one rect per value
function barChart(parent, title, groups, series, opts) {
  const svg = figure(parent, title);
  const values = groups.flatMap((g) => series.map((one) => g.values[one.key])).filter((v) => v > 0);
  if (!values.length) {
    el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, svg).textContent = "no data yet";
    return svg;
  }
  const s = scales(values.concat([Math.max(...values) * 3]), 1, opts.log, opts.reference);  // room for the legend
  axes(svg, s, opts.log, [], opts.yTitle, opts.reference);
  const slot = (W - M.left - M.right) / groups.length, width = Math.max(2, (slot - 4) / series.length);
  const base = H - M.bottom;
  for (const [k, one] of series.entries()) {
    let d = "";
    groups.forEach((g, i) => {
      const v = g.values[one.key];
      if (!(v > 0)) return;
      const x = M.left + i * slot + 2 + k * width, top = s.y(v);
      d += `M${x.toFixed(1)},${base}V${top.toFixed(1)}H${(x + width - 1).toFixed(1)}V${base}Z`;
      const hit = el("rect", { x, y: top, width: width - 1, height: Math.max(0, base - top), fill: "transparent" }, svg);
      el("title", {}, hit).textContent = `${g.name}, ${one.name}: ${label(v)}`;
    });
    if (d) el("path", { d, style: `fill: ${one.color}`, class: "series bars", "data-name": one.name }, svg);
  }
  groups.forEach((g, i) => {
    const x = M.left + i * slot + slot / 2;
    el("text", { x, y: base + 10, "text-anchor": "end", transform: `rotate(-35 ${x} ${base + 10})` }, svg)
      .textContent = g.name;
  });
  legend(svg, series.filter((one) => groups.some((g) => g.values[one.key] > 0)), true);
  return svg;
}

function section(main, title) {
  const h = document.createElement("h2");
  h.textContent = title;
  main.appendChild(h);
  const grid = document.createElement("div");
  grid.className = "grid";
  main.appendChild(grid);
  return grid;
}

function draw(view) {
  const main = document.getElementById("charts");
  main.textContent = "";
  const xs = view.runs.map((r) => "#" + r.id);
  const names = Object.keys(view.programs);
  const peerName = (p) => DATA.labels[p].split(" ")[0];

  const summary = section(main, "Summary");
  lineChart(summary, "Geometric mean over programs: Pyrite's time / each peer's", xs,
    Object.entries(view.summary).filter(([pair]) => pair.startsWith("pyrite/")).map(([pair, values]) => ({
      name: "Pyrite / " + peerName(pair.split("/")[1]), color: COLORS[pair.split("/")[1]], values })).concat([{
      name: "Pyrite / CPython", color: COLORS.cpython,
      values: view.summary["cpython/pyrite"].map((v) => (v ? 1 / v : null)) }]),
    { log: true, reference: 1, yTitle: "ratio (log)" });
  const last = view.runs.length - 1;
  barChart(summary, `Latest run (#${view.runs[last].id}): each peer's time / C's`, names.map((n) => ({
      name: n, values: Object.fromEntries(Object.entries(view.programs[n].relative_to_c)
        .map(([peer, values]) => [peer, values[last]])) })),
    Object.keys(view.programs[names[0]].relative_to_c).map((p) => ({ key: p, name: peerName(p), color: COLORS[p] })),
    { log: true, reference: 1, yTitle: "x of C (log)" });

  const per = section(main, "Each program: time relative to C over runs (C = 1)");
  for (const n of names) {
    lineChart(per, n, xs, Object.entries(view.programs[n].relative_to_c).map(([peer, values]) => ({
      name: peerName(peer), color: COLORS[peer], values })), { log: true, reference: 1, yTitle: "x of C (log)" });
  }

  const cost = section(main, "Compile time, memory and size");
  const byProgram = (key) => names.map((n, i) => ({
    name: n, color: PALETTE[i % PALETTE.length], values: view.programs[n][key] }));
  lineChart(cost, "Pyrite compile time (s, pyrite build end to end)", xs, byProgram("compile_s"),
    { log: false, yTitle: "seconds" });
  barChart(cost, `Peak memory, latest run (MB)`, names.map((n) => ({
      name: n, values: Object.fromEntries(Object.entries(view.programs[n].rss_mb)
        .map(([peer, values]) => [peer, values[last]])) })),
    Object.keys(COLORS).map((p) => ({ key: p, name: peerName(p), color: COLORS[p] })),
    { log: true, yTitle: "MB (log)" });
  lineChart(cost, "Pyrite peak memory over runs (MB)", xs, names.map((n, i) => ({
      name: n, color: PALETTE[i % PALETTE.length], values: view.programs[n].rss_mb.pyrite })),
    { log: false, yTitle: "MB" });
  lineChart(cost, "Pyrite binary size (KB)", xs, names.map((n, i) => ({
      name: n, color: PALETTE[i % PALETTE.length],
      values: view.programs[n].binary_bytes.map((b) => (b ? b / 1024 : null)) })),
    { log: false, yTitle: "KB" });
}

const select = document.getElementById("view");
for (const name of Object.keys(DATA.views)) {
  const option = document.createElement("option");
  option.value = name;
  option.textContent = `${name} sizes (${DATA.views[name].runs.length} runs)`;
  select.appendChild(option);
}
select.addEventListener("change", () => draw(DATA.views[select.value]));
draw(DATA.views[select.value]);
