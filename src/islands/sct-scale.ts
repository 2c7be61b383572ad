/** The script-concordance scale as learners read it. */
export const sctScale = [-2, -1, 0, 1, 2] as const;

export const sctMeaning: Record<string, string> = {
  '-2': 'much less likely (all but ruled out)',
  '-1': 'less likely',
  '0': 'neither more nor less likely',
  '1': 'more likely',
  '2': 'much more likely (all but confirmed)',
};

/** −2, −1, 0, +1, +2 (with a true minus sign). */
export const sctValueLabel = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
