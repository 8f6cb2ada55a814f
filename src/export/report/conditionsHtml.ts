/**
 * The report's section "Conditions and robustness" (issue 27): for each
 * scenario discovery, the outcome, its box as a table of limits in plain
 * words with coverage and density, and its figures; for each robustness
 * analysis, the regret table and satisficing shares, and the regret heatmap.
 */
import { buildFigure } from '../buildFigure.ts';
import { figureSvg } from '../exportChart.ts';
import { provenanceOf } from '../provenance.ts';
import type { DiscoveryInput, RobustInput } from '../readInput.ts';
import { formatSignificant } from '../../sweep/formatSignificant.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (v: number) => `${Math.round(100 * v)}%`;
const num = formatSignificant;
const qp = (v: number | null) => (v === null ? '\u2013' : v < 0.001 ? '<0.001' : v.toFixed(3));

function discoveryHtml(c: DiscoveryInput, i: number, o: { date: string; widthMm: number }): string {
  const r = c.report;
  const b = r.pruned;
  const rows = b.limits.map(
    (l) =>
      `<tr><td>${esc(l.name)}<br><code>${esc(l.path)}</code></td><td class="num">${l.restrictsLo ? num(l.lo) : '\u2013'}</td><td class="num">${l.restrictsHi ? num(l.hi) : '\u2013'}</td><td class="num">${num(l.rangeLo)} to ${num(l.rangeHi)}</td><td class="num">${qp(l.quasiP.lo)} / ${qp(l.quasiP.hi)}</td></tr>`,
  );
  const prov = provenanceOf(c, [], o.date);
  const figs = (['box', 'tradeoff'] as const).map((type) => `<figure id="figure-${type}-${i}">\n${figureSvg(buildFigure(c, { type }), prov.footer, { widthMm: o.widthMm }, `report-${type}-${i}`).replace(/^<\?xml[^>]*>\n/, '')}</figure>`);
  return `<h3>${esc(r.outcome)}</h3>
<p>${r.cases} of ${r.points} points. The box below holds ${pct(b.coverage)} of them (coverage); ${pct(b.density)} of the points in it are cases (density); it spans ${pct(b.mass)} of the points.</p>
<table class="appraisal"><thead><tr><th scope="col">Input</th><th scope="col">At least</th><th scope="col">At most</th><th scope="col">Range</th><th scope="col">Quasi-p (lower / upper)</th></tr></thead>
<tbody>
${rows.length ? rows.join('\n') : '<tr><td colspan="5">No limit passes the test: the outcome is about as likely everywhere in the space.</td></tr>'}
</tbody></table>
<p class="provenance">${esc(prov.footer)}</p>
${figs.join('\n')}`;
}

function robustHtml(c: RobustInput, i: number, o: { date: string; widthMm: number }): string {
  const r = c.report;
  const head = `<tr><th scope="col">Metric</th><th scope="col">Option</th><th scope="col">Mean</th><th scope="col">Max regret</th><th scope="col">90th pct regret</th></tr>`;
  const rows = r.metrics.flatMap((m) =>
    r.options.map(
      (opt, k) =>
        `<tr${k === 0 ? ' class="first"' : ''}>${k === 0 ? `<th scope="rowgroup" rowspan="${r.options.length}">${esc(m.metric)} (${m.larger === 'better' ? 'larger' : 'smaller'} is better)</th>` : ''}<td class="opt${opt === m.minimax ? ' clear' : ''}">${esc(opt)}</td><td class="num">${num(m.mean[k]!)}</td><td class="num">${num(m.maxRegret[k]!)}</td><td class="num">${num(m.p90Regret[k]!)}</td></tr>`,
    ),
  );
  const sat = r.satisficing.length
    ? `<table class="appraisal"><thead><tr><th scope="col">Threshold</th>${r.options.map((opt) => `<th scope="col">${esc(opt)}</th>`).join('')}</tr></thead><tbody>
${r.satisficing.map((s) => `<tr><td>${esc(s.threshold)}</td>${s.share.map((v) => `<td class="num">${pct(v)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`
    : '';
  const prov = provenanceOf(c, r.options, o.date);
  const fig = figureSvg(buildFigure(c, { type: 'regret' }), prov.footer, { widthMm: o.widthMm }, `report-regret-${i}`).replace(/^<\?xml[^>]*>\n/, '');
  return `<h3>Options across ${r.scenarios} futures of ${esc(r.uncertain.join(', '))}</h3>
<table class="appraisal"><caption>Regret: how far an option falls short of the best option in the same future (means over ${r.reps} replications with common random numbers). In bold: the least maximum regret.</caption>
<thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>
${sat ? `<p>Satisficing: share of futures in which each option meets the threshold.</p>\n${sat}` : ''}
<p class="provenance">${esc(prov.footer)}</p>
<figure id="figure-regret-${i}">\n${fig}</figure>`;
}

/** The HTML of the section. */
export function conditionsHtml(conditions: ReadonlyArray<DiscoveryInput | RobustInput>, o: { date: string; widthMm: number }): string {
  return `<h2>Conditions and robustness</h2>\n${conditions.map((c, i) => (c.kind === 'discovery' ? discoveryHtml(c, i, o) : robustHtml(c, i, o))).join('\n')}`;
}
