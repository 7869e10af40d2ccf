/**
 * Org chart as SVG, pure and deterministic: TreeNode forest → SVG string. No DOM, no fonts measured: text width is
 * estimated per character, titles wrap into at most three lines (the full title is in each box's tooltip).
 *
 * Layout (a small tidy tree):
 * - the upper levels (depth < rowDepth) are laid out as a tree: each subtree's width is computed, subtrees sit left to
 *   right and a parent is centred over its children;
 * - leaf children of such a parent are stacked in one column (a "comb") instead of spreading sideways;
 * - deeper levels are stacked vertically and indented under their parent, which keeps a large OPD narrow;
 * - the deepest rowDepth whose tree fits `maxWidth` is used (3, then 2); otherwise rowDepth 1, and the root's row of
 *   subtrees wraps into several lines, fed from a trunk in the left gutter.
 */
import type { NodeStatus, TreeNode } from './org-tree.js';

export interface ChartOptions {
  /** Accessible title of the chart. */
  title: string;
  /** Unique prefix for ids inside one document. */
  idPrefix: string;
  /** Text marker printed in the box of each status ('' for none): the chart never relies on colour alone. */
  markers: Record<NodeStatus, string>;
  /** Legend text per status. */
  legend: Record<NodeStatus, string>;
  /** Add the SVG namespace (for a standalone .svg file; inline SVG in HTML does not need it). */
  standalone?: boolean;
  /** Widest chart before the layout gets more compact; A4 landscape at 96 dpi is about 1040 px. */
  maxWidth?: number;
}

export const NODE_W = 184;
const PAD_X = 7;
const TITLE_FONT = 12;
const LINE_H = 15;
const META_FONT = 10;
const TITLE_TOP = 19;
const MAX_LINES = 3;
/** Average advance of a character at 12 px in Arial-like fonts, rounded up so text stays inside its box. */
const CHAR_W = 6.5;
const META_CHAR_W = 5.8;
const MARKER_CHAR_W = 7;
const GAP_X = 18;
const GAP_Y = 34;
const STACK_GAP = 8;
const INDENT = 22;
const GUTTER = 16;
const MARGIN = 10;
const LEGEND_ROW_H = 22;

interface Style {
  fill: string;
  stroke: string;
  width: number;
  dash?: string;
  text: string;
  marker: string;
  strike?: boolean;
}

export const STATUS_STYLE: Record<NodeStatus, Style> = {
  kept: { fill: '#ffffff', stroke: '#1d4ed8', width: 1.6, text: '#0f172a', marker: '#1d4ed8' },
  staff: { fill: '#f1f5f9', stroke: '#94a3b8', width: 1, text: '#1e293b', marker: '#475569' },
  equalised: { fill: '#fef3c7', stroke: '#b45309', width: 2, text: '#1c1917', marker: '#92400e' },
  dissolved: { fill: '#e5e7eb', stroke: '#4b5563', width: 1.6, dash: '6 4', text: '#374151', marker: '#374151', strike: true },
  review: { fill: '#fee2e2', stroke: '#b91c1c', width: 2, text: '#1c1917', marker: '#991b1b' },
  moved: { fill: '#f1f5f9', stroke: '#64748b', width: 1, dash: '3 3', text: '#1e293b', marker: '#475569' },
};

const STATUS_ORDER: NodeStatus[] = ['kept', 'staff', 'equalised', 'dissolved', 'moved', 'review'];

// ---------------------------------------------------------------------------------------------------------------
// Text

/** Greedy word wrap to `maxChars` per line, at most `maxLines` lines; the last line ends in … when text is cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  const push = (s: string) => lines.push(s);
  for (let w of words) {
    while (w.length > maxChars) {
      // A word longer than a line: break it.
      if (cur) {
        push(cur);
        cur = '';
      }
      push(w.slice(0, maxChars - 1) + '-');
      w = w.slice(maxChars - 1);
    }
    if (!cur) cur = w;
    else if (cur.length + 1 + w.length <= maxChars) cur += ` ${w}`;
    else {
      push(cur);
      cur = w;
    }
  }
  if (cur) push(cur);
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  if (last.length > maxChars - 1) last = last.slice(0, maxChars - 1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

// ---------------------------------------------------------------------------------------------------------------
// Layout

interface Placed {
  node: TreeNode;
  x: number;
  y: number;
  h: number;
  lines: string[];
}

interface Out {
  placed: Placed[];
  paths: string[];
}

interface Box {
  w: number;
  h: number;
  /** x where a connector from above attaches (top edge). */
  anchor: number;
  /** y where a connector from the left attaches (stacked layout). */
  attachY: number;
  wrapped: boolean;
  render(dx: number, dy: number, out: Out): void;
}

const titleChars = Math.floor((NODE_W - 2 * PAD_X) / CHAR_W);

function nodeBox(node: TreeNode): { h: number; lines: string[] } {
  const lines = wrapText(node.title, titleChars, MAX_LINES);
  return { h: TITLE_TOP + lines.length * LINE_H + 5, lines };
}

function leafBox(node: TreeNode): Box {
  const { h, lines } = nodeBox(node);
  return {
    w: NODE_W, h, anchor: NODE_W / 2, attachY: Math.min(h / 2, 22), wrapped: false,
    render(dx, dy, out) {
      out.placed.push({ node, x: dx, y: dy, h, lines });
    },
  };
}

/** Boxes stacked in a column at x = INDENT, fed by a vertical line at x = INDENT/2 from `fromY`. */
function column(kids: Box[], top: number): { w: number; h: number; render(dx: number, dy: number, out: Out, fromY: number): void } {
  let y = top;
  const ys: number[] = [];
  for (const k of kids) {
    ys.push(y);
    y += k.h + STACK_GAP;
  }
  const w = Math.max(0, ...kids.map((k) => INDENT + k.w));
  return {
    w, h: y - STACK_GAP,
    render(dx, dy, out, fromY) {
      if (!kids.length) return;
      const lx = dx + INDENT / 2;
      const lastY = dy + ys[ys.length - 1]! + kids[kids.length - 1]!.attachY;
      out.paths.push(`M${n(lx)} ${n(dy + fromY)}V${n(lastY)}`);
      kids.forEach((k, i) => {
        const ky = dy + ys[i]!;
        out.paths.push(`M${n(lx)} ${n(ky + k.attachY)}H${n(dx + INDENT)}`);
        k.render(dx + INDENT, ky, out);
      });
    },
  };
}

function layout(node: TreeNode, depth: number, rowDepth: number, maxWidth: number): Box {
  if (node.children.length === 0) return leafBox(node);
  const { h: nh, lines } = nodeBox(node);
  const self = (dx: number, dy: number, x: number, out: Out) => out.placed.push({ node, x: dx + x, y: dy, h: nh, lines });
  const hasBranch = node.children.some((c) => c.children.length > 0);
  if (depth >= rowDepth || !hasBranch) {
    const kids = node.children.map((c) => layout(c, depth + 1, rowDepth, maxWidth));
    const col = column(kids, nh + STACK_GAP);
    return {
      w: Math.max(NODE_W, col.w), h: col.h, anchor: NODE_W / 2, attachY: Math.min(nh / 2, 22),
      wrapped: kids.some((k) => k.wrapped),
      render(dx, dy, out) {
        self(dx, dy, 0, out);
        col.render(dx, dy, out, nh);
      },
    };
  }
  // Row: the leaf children in one column slot first, then each branch subtree.
  const leaves = node.children.filter((c) => c.children.length === 0).map(leafBox);
  const slots: Box[] = [];
  if (leaves.length) {
    const col = column(leaves, 0);
    slots.push({
      w: col.w, h: col.h, anchor: INDENT / 2, attachY: 0, wrapped: false,
      render(dx, dy, out) {
        col.render(dx, dy, out, 0);
      },
    });
  }
  for (const c of node.children) if (c.children.length > 0) slots.push(layout(c, depth + 1, rowDepth, maxWidth));
  return row(slots, nh, self, maxWidth);
}

/** Slots in one or more lines under a parent of height `nh`; the parent is centred over the first line. */
function row(slots: Box[], nh: number, self: (dx: number, dy: number, x: number, out: Out) => void, maxWidth: number): Box {
  const lines: Box[][] = [];
  let cur: Box[] = [];
  let curW = 0;
  for (const s of slots) {
    const add = (cur.length ? GAP_X : 0) + s.w;
    if (cur.length && GUTTER + curW + add > maxWidth) {
      lines.push(cur);
      cur = [];
      curW = 0;
    }
    curW += (cur.length ? GAP_X : 0) + s.w;
    cur.push(s);
  }
  if (cur.length) lines.push(cur);
  const multi = lines.length > 1;
  const left = multi ? GUTTER : 0;
  // x of each slot and the top y of each line
  const xs: number[][] = [];
  const tops: number[] = [];
  let y = nh + GAP_Y;
  let right = 0;
  for (const line of lines) {
    let x = left;
    const lx: number[] = [];
    for (const s of line) {
      lx.push(x);
      x += s.w + GAP_X;
    }
    xs.push(lx);
    tops.push(y);
    right = Math.max(right, x - GAP_X);
    y += Math.max(...line.map((s) => s.h)) + GAP_Y;
  }
  const first = lines[0]!;
  const a0 = xs[0]![0]! + first[0]!.anchor;
  const a1 = xs[0]![first.length - 1]! + first[first.length - 1]!.anchor;
  let centre = (a0 + a1) / 2;
  let shift = 0;
  if (centre - NODE_W / 2 < 0) shift = NODE_W / 2 - centre;
  centre += shift;
  const w = Math.max(right + shift, centre + NODE_W / 2);
  return {
    w, h: y - GAP_Y, anchor: centre, attachY: Math.min(nh / 2, 22),
    wrapped: multi || slots.some((s) => s.wrapped),
    render(dx, dy, out) {
      self(dx, dy, centre - NODE_W / 2, out);
      const cx = dx + centre;
      lines.forEach((line, li) => {
        const busY = dy + tops[li]! - GAP_Y / 2;
        const anchors = line.map((s, si) => dx + shift + xs[li]![si]! + s.anchor);
        const from = li === 0 ? Math.min(cx, anchors[0]!) : dx + GUTTER / 2;
        const to = Math.max(li === 0 ? cx : 0, anchors[anchors.length - 1]!);
        if (li === 0) out.paths.push(`M${n(cx)} ${n(dy + nh)}V${n(busY)}`);
        if (to > from) out.paths.push(`M${n(from)} ${n(busY)}H${n(to)}`);
        line.forEach((s, si) => {
          out.paths.push(`M${n(anchors[si]!)} ${n(busY)}V${n(dy + tops[li]!)}`);
          s.render(dx + shift + xs[li]![si]!, dy + tops[li]!, out);
        });
      });
      if (multi) {
        // The trunk: from the first line's bus, down the left gutter to the last line's bus.
        const firstBus = dy + tops[0]! - GAP_Y / 2;
        const lastBus = dy + tops[tops.length - 1]! - GAP_Y / 2;
        out.paths.push(`M${n(Math.min(cx, dx + shift + xs[0]![0]! + first[0]!.anchor))} ${n(firstBus)}H${n(dx + GUTTER / 2)}V${n(lastBus)}`);
      }
    },
  };
}

/** Several roots side by side (wrapping at maxWidth), without connectors. */
function forestBox(forest: TreeNode[], rowDepth: number, maxWidth: number): Box {
  const boxes = forest.map((t) => layout(t, 0, rowDepth, maxWidth));
  if (boxes.length === 1) return boxes[0]!;
  const pos: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  let lineH = 0;
  let w = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > maxWidth) {
      x = 0;
      y += lineH + GAP_Y;
      lineH = 0;
    }
    pos.push([x, y]);
    x += b.w + GAP_X * 2;
    w = Math.max(w, x - GAP_X * 2);
    lineH = Math.max(lineH, b.h);
  }
  return {
    w, h: y + lineH, anchor: 0, attachY: 0, wrapped: boxes.some((b) => b.wrapped) || y > 0,
    render(dx, dy, out) {
      boxes.forEach((b, i) => b.render(dx + pos[i]![0], dy + pos[i]![1], out));
    },
  };
}

/** The layout actually used: the deepest tree that fits without wrapping, else the compact one. */
export function chooseLayout(forest: TreeNode[], maxWidth: number): { box: Box; rowDepth: number } {
  for (const rowDepth of [3, 2]) {
    const box = forestBox(forest, rowDepth, Number.POSITIVE_INFINITY);
    if (box.w <= maxWidth) return { box, rowDepth };
  }
  return { box: forestBox(forest, 1, maxWidth), rowDepth: 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// SVG

export function orgChartSvg(forest: TreeNode[], opts: ChartOptions): string {
  const maxWidth = opts.maxWidth ?? 1040;
  const statuses = new Set<NodeStatus>();
  const walk = (t: TreeNode) => {
    statuses.add(t.status);
    t.children.forEach(walk);
  };
  forest.forEach(walk);

  // Legend: one item per status present, flowing into rows.
  const items = STATUS_ORDER.filter((s) => statuses.has(s)).map((s) => {
    const marker = opts.markers[s];
    const text = marker ? `${marker}: ${opts.legend[s]}` : opts.legend[s];
    return { status: s, text, w: 34 + Math.ceil(text.length * META_CHAR_W * 1.05) + 18 };
  });
  const out: Out = { placed: [], paths: [] };
  const { box } = forest.length ? chooseLayout(forest, maxWidth - 2 * MARGIN) : { box: null };
  const chartW = box ? box.w : 0;
  const legendRows: Array<typeof items> = [];
  const legendMax = Math.max(chartW, maxWidth - 2 * MARGIN);
  let rowW = 0;
  for (const it of items) {
    if (!legendRows.length || rowW + it.w > legendMax) {
      legendRows.push([]);
      rowW = 0;
    }
    legendRows[legendRows.length - 1]!.push(it);
    rowW += it.w;
  }
  const legendW = Math.max(0, ...legendRows.map((r) => r.reduce((s, it) => s + it.w, 0)));
  const legendH = legendRows.length * LEGEND_ROW_H;
  const top = MARGIN + legendH + (legendH ? 10 : 0);
  if (box) box.render(MARGIN, top, out);
  const width = Math.ceil(Math.max(chartW, legendW) + 2 * MARGIN);
  const height = Math.ceil(top + (box ? box.h : 0) + MARGIN);

  const titleId = `${opts.idPrefix}-title`;
  const parts: string[] = [];
  parts.push(
    `<svg${opts.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} class="orgchart" role="img" aria-labelledby="${escapeXml(titleId)}" ` +
      `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif">`,
  );
  parts.push(`<title id="${escapeXml(titleId)}">${escapeXml(opts.title)}</title>`);
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);

  // Legend
  legendRows.forEach((r, ri) => {
    let x = MARGIN;
    const y = MARGIN + ri * LEGEND_ROW_H;
    for (const it of r) {
      const st = STATUS_STYLE[it.status];
      parts.push(
        `<g class="legend-item"><rect x="${n(x)}" y="${n(y + 3)}" width="28" height="14" rx="3" fill="${st.fill}" stroke="${st.stroke}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>` +
          `<text x="${n(x + 34)}" y="${n(y + 14)}" font-size="${META_FONT + 1}" fill="#1e293b">${escapeXml(it.text)}</text></g>`,
      );
      x += it.w;
    }
  });

  if (out.paths.length) parts.push(`<path d="${out.paths.join('')}" fill="none" stroke="#64748b" stroke-width="1.2"/>`);
  for (const p of out.placed) parts.push(renderNode(p, opts));
  parts.push('</svg>');
  return parts.join('\n');
}

function renderNode(p: Placed, opts: ChartOptions): string {
  const st = STATUS_STYLE[p.node.status];
  const marker = opts.markers[p.node.status];
  const markerW = marker ? Math.ceil(marker.length * MARKER_CHAR_W) : 0;
  const metaRoom = Math.floor((NODE_W - 2 * PAD_X - markerW - (marker ? 6 : 0)) / META_CHAR_W);
  const meta = p.node.meta.length > metaRoom ? `${p.node.meta.slice(0, Math.max(1, metaRoom - 1))}…` : p.node.meta;
  const x = p.x;
  const y = p.y;
  const lines = p.lines
    .map((line, i) => `<tspan x="${n(x + PAD_X)}" y="${n(y + TITLE_TOP + i * LINE_H + TITLE_FONT - 1)}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<g class="node ${p.node.status}" data-id="${escapeXml(p.node.id)}"><title>${escapeXml(p.node.tooltip)}</title>` +
    `<rect x="${n(x)}" y="${n(y)}" width="${NODE_W}" height="${n(p.h)}" rx="4" fill="${st.fill}" stroke="${st.stroke}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>` +
    `<text x="${n(x + PAD_X)}" y="${n(y + 13)}" font-size="${META_FONT}" fill="#475569">${escapeXml(meta)}</text>` +
    (marker ? `<text x="${n(x + NODE_W - PAD_X)}" y="${n(y + 13)}" font-size="${META_FONT}" font-weight="bold" text-anchor="end" fill="${st.marker}">${escapeXml(marker)}</text>` : '') +
    `<text font-size="${TITLE_FONT}" fill="${st.text}"${st.strike ? ' text-decoration="line-through"' : ''}>${lines}</text></g>`
  );
}
