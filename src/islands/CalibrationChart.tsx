/**
 * Certainty calibration: how often the learner was right at each certainty, as an SVG bar
 * chart with a text alternative, and the same figures in a table beside it.
 */
import type { Summary } from '../grading/summary.ts';

const names = { 1: '1: not sure', 2: '2: fairly sure', 3: '3: very sure' } as const;
const levels = [1, 2, 3] as const;
const percent = (x: number | null) => (x === null ? 'no answers' : `${Math.round(x * 100)}%`);

export const signedMark = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

export function CalibrationChart({ summary }: { summary: Summary }) {
  const { calibration, cbm } = summary;
  const description =
    'Accuracy at each certainty: ' +
    levels.map((l) => `certainty ${names[l]}, ${percent(calibration[l].accuracy)} right of ${calibration[l].count}`).join('; ') +
    '.';
  const W = 360;
  const H = 220;
  const left = 44;
  const bottom = 180;
  const band = (W - left - 10) / 3;
  return (
    <div class="calibration" data-calibration>
      <svg class="calibration__chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <line class="calibration__axis" x1={left} x2={W - 10} y1={bottom - t * 160} y2={bottom - t * 160} />
            <text x={left - 6} y={bottom - t * 160 + 5} text-anchor="end">
              {t * 100}%
            </text>
          </g>
        ))}
        {levels.map((level, i) => {
          const x = left + i * band + band * 0.2;
          const accuracy = calibration[level].accuracy;
          const h = (accuracy ?? 0) * 160;
          return (
            <g key={level}>
              <rect class="calibration__bar" x={x} y={bottom - h} width={band * 0.6} height={h} />
              <text x={x + band * 0.3} y={bottom - h - 6} text-anchor="middle">
                {accuracy === null ? '–' : percent(accuracy)}
              </text>
              <text x={x + band * 0.3} y={bottom + 20} text-anchor="middle">
                Certainty {level}
              </text>
              <text x={x + band * 0.3} y={bottom + 36} text-anchor="middle">
                ({calibration[level].count} answers)
              </text>
            </g>
          );
        })}
      </svg>
      <div>
        <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="calibration-caption">
        <table class="progress-table">
          <caption id="calibration-caption">Accuracy at each certainty</caption>
          <thead>
            <tr>
              <th scope="col">Certainty</th>
              <th scope="col">Answers</th>
              <th scope="col">Right</th>
              <th scope="col">Accuracy</th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level}>
                <th scope="row">{names[level]}</th>
                <td>{calibration[level].count}</td>
                <td>{calibration[level].right}</td>
                <td>{percent(calibration[level].accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <p data-mean-cbm>
          Mean certainty-based mark:{' '}
          <strong>{cbm.mean === null ? 'none yet' : `${signedMark(cbm.mean)} per answer (of ${cbm.count})`}</strong>. It ranges from −6
          (sure and wrong) to +3 (sure and right); a well-calibrated learner is right more often when surer.
        </p>
      </div>
    </div>
  );
}
