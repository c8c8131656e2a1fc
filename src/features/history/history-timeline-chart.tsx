import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { thresholdDash, type Threshold } from '../../components/threshold-legend.tsx';

export interface TimelinePoint {
  /** Days since the first review: the axis is drawn to time, so a late review shows as a long stretch. */
  day: number;
  /** The review date as the reader writes it. */
  label: string;
  /** Null for a review with unrated items: no point is drawn for it. */
  total: number | null;
}

/**
 * The total at each review as a line, with a dashed line (one pattern per band) where each band begins. In its
 * own file so recharts loads after the history's tables are on screen.
 */
export function TimelineChart({ points, thresholds, min, max, totalName }: { points: readonly TimelinePoint[]; thresholds: readonly Threshold[]; min: number; max: number; totalName: string }) {
  const labels = new Map(points.map((point) => [point.day, point.label]));
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 600, height: 300 }}>
      <LineChart data={[...points]} margin={{ top: 12, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} strokeDasharray="1 6" />
        <XAxis
          dataKey="day"
          type="number"
          domain={['dataMin', 'dataMax']}
          ticks={points.map((point) => point.day)}
          tickFormatter={(day: number) => labels.get(day) ?? ''}
          interval="preserveStartEnd"
          padding={{ left: 24, right: 24 }}
          tick={{ fontSize: 13, fill: '#1a1a1a' }}
        />
        <YAxis domain={[min, max]} allowDecimals={false} width={40} tick={{ fontSize: 13 }} />
        <Tooltip labelFormatter={(day) => labels.get(Number(day)) ?? ''} />
        {thresholds.map((threshold, index) => (
          <ReferenceLine key={threshold.label} y={threshold.value} stroke="#1a1a1a" strokeWidth={2} strokeDasharray={thresholdDash(index)} />
        ))}
        {/* Reviews without a total leave no point; the line joins the complete ones on either side. */}
        <Line dataKey="total" name={totalName} type="linear" stroke="#1d4ed8" strokeWidth={3} dot={{ r: 5, fill: '#1d4ed8' }} connectNulls isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
