import { Bar, BarChart, CartesianGrid, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ProfilePoint {
  label: string;
  percent: number;
}

export interface ItemBar {
  label: string;
  score: number;
}

export interface Threshold {
  label: string;
  /** The item average a band needs (band minimum ÷ item count). */
  value: number;
}

/** Radar of the principle profile (percent of maximum). Drawn from data computed by the core, nothing more. */
export function ProfileRadar({ points, isAnimated = true }: { points: readonly ProfilePoint[]; isAnimated?: boolean }) {
  return (
    <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 600, height: 340 }}>
      <RadarChart data={[...points]} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={6} angle={90} />
        <Radar dataKey="percent" stroke="#1d4ed8" fill="#1d4ed8" fillOpacity={0.25} isAnimationActive={isAnimated} />
      </RadarChart>
    </ResponsiveContainer>
  );
}

/** One bar per item, with dashed lines at the item averages the bands need. */
export function ItemBars({ bars, thresholds, max, isAnimated = true }: { bars: readonly ItemBar[]; thresholds: readonly Threshold[]; max: number; isAnimated?: boolean }) {
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 600, height: 300 }}>
      <BarChart data={[...bars]} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} strokeDasharray="2 4" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
        <YAxis domain={[0, max]} allowDecimals={false} width={28} />
        <Tooltip />
        {thresholds.map((threshold) => (
          <ReferenceLine key={threshold.label} y={threshold.value} stroke="#555" strokeDasharray="6 4" label={{ value: threshold.label, position: 'insideTopRight', fontSize: 11 }} />
        ))}
        <Bar dataKey="score" fill="#1d4ed8" isAnimationActive={isAnimated} />
      </BarChart>
    </ResponsiveContainer>
  );
}
