/**
 * The differential table's controls: the whole table (the server-rendered one, passed in
 * as children), two disorders side by side, or hide and recall, in which every cell stays
 * hidden behind a "Reveal" button until the learner has tried to recall it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { differentialFeatures, type DifferentialCells, type DisorderColumn } from './differential.ts';
import { Rich } from './Rich.tsx';

type Mode = 'all' | 'compare' | 'recall';

interface Props {
  disorders: DisorderColumn[];
  cells: DifferentialCells;
  children?: ComponentChildren;
}

const modes: { mode: Mode; label: string }[] = [
  { mode: 'all', label: 'Whole table' },
  { mode: 'compare', label: 'Compare two disorders' },
  { mode: 'recall', label: 'Hide and recall' },
];

interface SelectProps {
  id: string;
  label: string;
  disorders: DisorderColumn[];
  value: string;
  onChange(value: string): void;
}

function DisorderSelect({ id, label, disorders, value, onChange }: SelectProps) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {disorders.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function DifferentialExplorer({ disorders, cells, children }: Props) {
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<Mode>('all');
  const [first, setFirst] = useState(disorders[0]?.id ?? '');
  const [second, setSecond] = useState(disorders[1]?.id ?? '');
  const [revealed, setRevealed] = useState<Set<string>>(new Set());
  const [focusCell, setFocusCell] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (!focusCell) return;
    table.current?.querySelector<HTMLElement>(`[data-cell="${focusCell}"]`)?.focus();
    setFocusCell(null);
  }, [focusCell]);

  // A real element around the table even before hydration: client:visible watches it.
  if (!ready) return <div class="differential__explorer">{children}</div>;

  const byId = new Map(disorders.map((d) => [d.id, d]));
  const compared = [byId.get(first), byId.get(second)].filter((d): d is DisorderColumn => d !== undefined);
  const total = differentialFeatures.length * disorders.length;
  const reveal = (key: string) => {
    setRevealed(new Set([...revealed, key]));
    setFocusCell(key);
  };

  return (
    <div class="differential__explorer">
      <fieldset class="differential__controls">
        <legend>Show the table as</legend>
        {modes.map(({ mode: m, label }) => (
          <label key={m} class="quiz__choice">
            <input type="radio" name="differential-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {label}
          </label>
        ))}
      </fieldset>
      {mode === 'all' && children}
      {mode === 'compare' && (
        <>
          <div class="differential__controls">
            <DisorderSelect id="differential-first" label="First disorder" disorders={disorders} value={first} onChange={setFirst} />
            <DisorderSelect id="differential-second" label="Second disorder" disorders={disorders} value={second} onChange={setSecond} />
          </div>
          <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="differential-compare-caption">
            <table data-differential-compare>
              <caption id="differential-compare-caption" aria-live="polite">
                {compared.map((d) => d.shortName).join(' compared with ')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Feature</th>
                  {compared.map((d, i) => (
                    <th scope="col" key={`${d.id}-${i}`}>
                      {d.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {differentialFeatures.map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{f.label}</th>
                    {compared.map((d, i) => (
                      <td key={`${d.id}-${i}`}>
                        <Rich as="div" html={cells[f.key]?.[d.id] ?? ''} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {mode === 'recall' && (
        <>
          <p class="quiz__hint">
            Recall each cell before you reveal it. {revealed.size} of {total} revealed.
          </p>
          <div class="differential__controls">
            <button
              type="button"
              onClick={() =>
                setRevealed(new Set(differentialFeatures.flatMap((f) => disorders.map((d) => `${f.key}:${d.id}`))))
              }
            >
              Reveal all
            </button>
            <button type="button" onClick={() => setRevealed(new Set())}>
              Hide all
            </button>
          </div>
          <div class="table-scroll" role="region" tabIndex={0} aria-labelledby="differential-recall-caption">
            <table ref={table} data-differential-recall>
              <caption id="differential-recall-caption">The differential table with its cells hidden for recall</caption>
              <thead>
                <tr>
                  <th scope="col">Feature</th>
                  {disorders.map((d) => (
                    <th scope="col" key={d.id}>
                      {d.shortName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {differentialFeatures.map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{f.label}</th>
                    {disorders.map((d) => {
                      const key = `${f.key}:${d.id}`;
                      return revealed.has(key) ? (
                        <td key={d.id} tabIndex={-1} data-cell={key}>
                          <Rich as="div" html={cells[f.key]?.[d.id] ?? ''} />
                        </td>
                      ) : (
                        <td key={d.id}>
                          <button type="button" class="reveal-cell" onClick={() => reveal(key)}>
                            <span aria-hidden="true">Reveal</span>
                            <span class="visually-hidden">
                              Reveal: {d.name} — {f.label}
                            </span>
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
