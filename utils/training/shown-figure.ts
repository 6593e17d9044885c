/**
 * A figure and the pass mark it is held against, printed so the verdict can be read off them.
 *
 * The rule: print 2 decimals (kappa) or whole percents (shares); while the figure and the mark
 * print the same, add a decimal, up to 4 (kappa) or 2 (percent); then decide on the printed
 * figures. Rounding is monotone, so figures that print apart are ordered as the true values
 * are, and figures that still print alike are equal at the precision shown and meet the mark.
 * A verdict can therefore never say "0.8000 is below 0.8000". Going further would only chase
 * float noise (0.8 computed can be 0.7999999999999999) and sampling error far larger than
 * 0.0001: a kappa from 20 items moves by several hundredths with one answer.
 */

export type FigureKind = 'kappa' | 'percent';

const FORMATS: Record<
  FigureKind,
  { min: number; max: number; print: (n: number, d: number) => string }
> = {
  kappa: { min: 2, max: 4, print: (n, d) => n.toFixed(d) },
  percent: { min: 0, max: 2, print: (n, d) => `${(n * 100).toFixed(d)}%` },
};

export interface ShownFigure {
  value: string;
  mark: string;
  meets: boolean;
}

export function shownAgainst(value: number, mark: number, kind: FigureKind): ShownFigure {
  const { min, max, print } = FORMATS[kind];
  let digits = min;
  while (digits < max && print(value, digits) === print(mark, digits)) digits += 1;
  const shown = { value: print(value, digits), mark: print(mark, digits) };
  // parseFloat reads "79.5%" as 79.5: the comparison is of exactly what is printed.
  return { ...shown, meets: parseFloat(shown.value) >= parseFloat(shown.mark) };
}
