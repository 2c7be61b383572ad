/**
 * Certainty calibration: how often the learner was right at each certainty, against the target
 * window where that certainty earns the most (drawn as a labelled, hatched band, so colour is not
 * the only signal), as an SVG bar chart with a text alternative; the same figures in a table;
 * and a sentence per level. "No idea" answers are counted apart, outside calibration.
 */
import { calibrationLevels, noIdeaText, percentText, windowText, type Standing } from '../grading/calibration.ts';
import type { Summary } from '../grading/summary.ts';

const names = { 1: '1: not sure', 2: '2: fairly sure', 3: '3: very sure' } as const;
const standingWords: Record<Standing, string> = {
  none: 'no answers yet',
  below: 'below target',
  within: 'within target',
  above: 'above target',
};
/** In the table's narrow last column. */
const shortStanding: Record<Standing, string> = { none: '–', below: 'below', within: 'within', above: 'above' };
const percent = (x: number | null) => (x === null ? 'no answers' : percentText(x));
/** Sums of partly right answers: one decimal at most. */
const count = (n: number) => String(Math.round(n * 10) / 10);

export const signedMark = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/** The target band's label inside the chart: "< 67 %", "67–80 %", "> 80 %". */
const bandLabel = (level: 1 | 2 | 3) =>
  ({ 1: '< 67 %', 2: '67–80 %', 3: '> 80 %' })[level];

export function CalibrationChart({ summary }: { summary: Summary }) {
  const { cbm, noIdea } = summary;
  const levels = calibrationLevels(summary);
  const description =
    'Accuracy at each certainty against its target: ' +
    levels
      .map((l) => `certainty ${names[l.level]}, ${percent(l.accuracy)} right of ${l.count}, target ${windowText(l.level)}, ${standingWords[l.standing]}`)
      .join('; ') +
    '.';
  const W = 360;
  const H = 250;
  const left = 44;
  const bottom = 200;
  const scale = 180;
  const y = (fraction: number) => bottom - fraction * scale;
  const group = (W - left - 10) / 3;
  return (
    <div class="calibration" data-calibration>
      <svg class="calibration__chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
        <defs>
          <pattern id="calibration-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="1.5" stroke-opacity="0.35" />
          </pattern>
        </defs>
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <line class="calibration__axis" x1={left} x2={W - 10} y1={y(t)} y2={y(t)} />
            <text x={left - 6} y={y(t) + 5} text-anchor="end">
              {t * 100}%
            </text>
          </g>
        ))}
        {levels.map((entry, i) => {
          const gx = left + i * group;
          const { low, high } = entry.window;
          const h = (entry.accuracy ?? 0) * scale;
          // The band's label on the left of the group, the bar on the right: they never overlap.
          const barX = gx + group * 0.6;
          const barW = group * 0.3;
          return (
            <g key={entry.level} data-calibration-level={entry.level} data-standing={entry.standing}>
              <rect
                class="calibration__target"
                data-target-band={entry.level}
                x={gx + 4}
                y={y(high)}
                width={group - 8}
                height={(high - low) * scale}
                fill="url(#calibration-hatch)"
                stroke="currentColor"
                stroke-opacity="0.6"
                stroke-dasharray="4 3"
              />
              <text class="calibration__band-label" x={gx + 7} y={y((low + high) / 2) + 4} font-size="11">
                {bandLabel(entry.level)}
              </text>
              <rect class="calibration__bar" x={barX} y={bottom - h} width={barW} height={h} />
              <text x={barX + barW / 2} y={bottom - h - 6} text-anchor="middle">
                {entry.accuracy === null ? '–' : percent(entry.accuracy)}
              </text>
              <text x={gx + group / 2} y={bottom + 20} text-anchor="middle">
                Certainty {entry.level}
              </text>
              <text x={gx + group / 2} y={bottom + 36} text-anchor="middle">
                ({entry.count} answers)
              </text>
            </g>
          );
        })}
      </svg>
      <div>
        <p class="calibration__legend">
          Bars: how often you were right at each certainty. Hatched bands: the target, the range of accuracy where that
          certainty earns the most.
        </p>
        <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="calibration-caption">
          <table class="progress-table progress-table--five">
            <caption id="calibration-caption">Accuracy at each certainty, against its target</caption>
            <thead>
              <tr>
                <th scope="col">Certainty</th>
                <th scope="col">Answers</th>
                <th scope="col">Right</th>
                <th scope="col">Accuracy</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((entry) => (
                <tr key={entry.level}>
                  <th scope="row">{names[entry.level]}</th>
                  <td>{entry.count}</td>
                  <td>{count(entry.right)}</td>
                  <td>{percent(entry.accuracy)}</td>
                  <td>
                    {bandLabel(entry.level)}: {shortStanding[entry.standing]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul class="calibration__advice" data-calibration-advice>
          {levels.map((entry) => (
            <li key={entry.level} data-advice-level={entry.level}>
              {entry.advice}
            </li>
          ))}
        </ul>
        <p data-no-idea>{noIdeaText(noIdea)}</p>
        <p data-mean-cbm>
          Mean certainty-based mark:{' '}
          <strong>{cbm.mean === null ? 'none yet' : `${signedMark(cbm.mean)} per answer (of ${cbm.count})`}</strong>. It ranges from −6
          (sure and wrong) to +3 (sure and right); a well-calibrated learner is right more often when surer.
        </p>
      </div>
    </div>
  );
}
