import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { thresholdDash, type Threshold } from '../../components/threshold-legend.tsx';

export interface ProfilePoint {
  label: string;
  percent: number;
}

export interface ItemBar {
  label: string;
  score: number | null;
}

/** Splits a label into lines of about `width` characters, so long principle names fit on a phone. */
function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface AngleTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value: string };
}

function AngleTick({ x = 0, y = 0, textAnchor = 'middle', payload, isNarrow = false }: AngleTickProps & { isNarrow?: boolean }) {
  const lines = wrapLabel(payload?.value ?? '', isNarrow ? 11 : 16);
  return (
    <text x={x} y={y} textAnchor={textAnchor as 'start' | 'middle' | 'end'} fontSize={isNarrow ? 11 : 13} fill="#1a1a1a">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? `${-(lines.length - 1) * 0.55}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const NARROW_QUERY = '(max-width: 639px)';

/** True on a narrow screen, following rotation and resizing. */
function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

/** Radar of the principle profile (percent of maximum). Drawn from data computed by the core, nothing more. */
export function ProfileRadar({ points, isAnimated = true }: { points: readonly ProfilePoint[]; isAnimated?: boolean }) {
  // On a phone the labels need the room: a smaller radar and narrower label lines.
  const isNarrow = useIsNarrow();
  return (
    <ResponsiveContainer width="100%" height={isNarrow ? 360 : 540} initialDimension={{ width: 600, height: 540 }}>
      <RadarChart data={[...points]} outerRadius={isNarrow ? '42%' : '58%'} accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={<AngleTick isNarrow={isNarrow} />} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={6} angle={90} tick={{ fontSize: 11 }} />
        <Radar dataKey="percent" stroke="#1d4ed8" fill="#1d4ed8" fillOpacity={0.25} isAnimationActive={isAnimated} />
      </RadarChart>
    </ResponsiveContainer>
  );
}

/** One bar per item, with a dashed line (one pattern per band) at the item average each band needs. */
export function ItemBars({ bars, thresholds, max, scoreName, isAnimated = true }: { bars: readonly ItemBar[]; thresholds: readonly Threshold[]; max: number; scoreName: string; isAnimated?: boolean }) {
  return (
    <ResponsiveContainer width="100%" height={320} initialDimension={{ width: 600, height: 320 }}>
      <BarChart data={[...bars]} margin={{ top: 12, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} strokeDasharray="1 6" />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={4} tick={{ fontSize: 13, fill: '#1a1a1a' }} />
        <YAxis domain={[0, max]} allowDecimals={false} width={28} tick={{ fontSize: 13 }} />
        <Tooltip />
        <Bar dataKey="score" name={scoreName} fill="#9db3ee" stroke="#1d4ed8" isAnimationActive={isAnimated} />
        {thresholds.map((threshold, index) => (
          <ReferenceLine key={threshold.label} y={threshold.value} stroke="#1a1a1a" strokeWidth={2} strokeDasharray={thresholdDash(index)} ifOverflow="extendDomain" />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
