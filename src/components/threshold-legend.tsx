/** A line drawn across a chart where a band begins, named by its band. */
export interface Threshold {
  label: string;
  /** Where the line is drawn, in the chart's own unit (an item average, or a total). */
  value: number;
}

/**
 * Dash patterns that tell band lines apart without colour; the legend shows the same patterns. Shared by every
 * chart that draws band limits, so one band looks the same on the results and history screens.
 */
const THRESHOLD_DASHES = ['2 3', '8 4', '14 4 2 4', '4 8'];

/** The dash pattern of the `index`-th band line. */
export function thresholdDash(index: number): string {
  return THRESHOLD_DASHES[index % THRESHOLD_DASHES.length] ?? '';
}

/** The legend of the band lines, in HTML so it wraps on a phone and reads out as text. */
export function ThresholdLegend({ thresholds, format, colon }: { thresholds: readonly Threshold[]; format: (value: number) => string; colon: string }) {
  return (
    <ul className="threshold-legend">
      {thresholds.map((threshold, index) => (
        <li key={threshold.label}>
          <svg width="40" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="40" y2="5" stroke="#1a1a1a" strokeWidth="2" strokeDasharray={thresholdDash(index)} />
          </svg>{' '}
          {threshold.label}
          {colon} {format(threshold.value)}
        </li>
      ))}
    </ul>
  );
}
