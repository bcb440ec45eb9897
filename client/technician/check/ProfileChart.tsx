// The radio path drawn to scale vertically (SVG): ground lifted by the earth's curve, the curve itself,
// the direct ray between the two antennas, the first Fresnel zone around it and its 60 % limit below,
// the mast at the relay and the antenna at the point. Where the ground crosses the limit, a red mark.
import type { LinkProfile } from '../../../shared/eligibility/profile.ts';
import { FRESNEL_CLEARANCE } from '../../../shared/eligibility/profile.ts';
import { formatDistance } from '../../../shared/eligibility/reasons.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const W = 340;
const H = 180;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };

type Judged = Exclude<LinkProfile, { status: 'unknown' }>;

export function ProfileChart({ profile }: { profile: Judged }) {
  const { t, lang } = useI18n();
  const points = [
    { distanceM: 0, groundM: profile.txGroundM, bulgeM: 0, rayM: profile.txM, fresnelM: 0 },
    ...profile.samples,
    { distanceM: profile.lengthM, groundM: profile.rxGroundM, bulgeM: 0, rayM: profile.rxM, fresnelM: 0 },
  ];
  const lows = points.map((p) => (p.groundM ?? p.rayM) + p.bulgeM);
  const highs = points.map((p) => Math.max(p.rayM + p.fresnelM, (p.groundM ?? 0) + p.bulgeM));
  const min = Math.floor(Math.min(...lows, profile.txGroundM, profile.rxGroundM) - 5);
  const max = Math.ceil(Math.max(...highs) + 5);
  const x = (d: number) => PAD.left + (d / Math.max(profile.lengthM, 1)) * (W - PAD.left - PAD.right);
  const y = (m: number) => PAD.top + ((max - m) / Math.max(max - min, 1)) * (H - PAD.top - PAD.bottom);
  const line = (f: (p: (typeof points)[number]) => number | null) =>
    points
      .flatMap((p) => {
        const v = f(p);
        return v === null ? [] : [`${x(p.distanceM).toFixed(1)},${y(v).toFixed(1)}`];
      })
      .join(' ');
  const known = points.filter((p) => p.groundM !== null);
  const groundArea =
    known.length > 1
      ? `${x(known[0]!.distanceM).toFixed(1)},${y(min)} ${line((p) => (p.groundM === null ? null : p.groundM + p.bulgeM))} ${x(known[known.length - 1]!.distanceM).toFixed(1)},${y(min)}`
      : '';
  const fresnelBand = [
    ...points.map((p) => `${x(p.distanceM).toFixed(1)},${y(p.rayM + p.fresnelM).toFixed(1)}`),
    ...[...points].reverse().map((p) => `${x(p.distanceM).toFixed(1)},${y(p.rayM - p.fresnelM).toFixed(1)}`),
  ].join(' ');
  const worst = profile.worst;
  const worstSample = worst ? profile.samples.find((s) => s.distanceM === worst.distanceM) : undefined;

  return (
    <figure className="los-profile" data-testid="los-profile" data-status={profile.status}>
      <figcaption className="los-profile__title">{t('check.profile.title')}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('check.profile.desc', {
          from: `${Math.round(profile.txGroundM)} m`,
          to: `${Math.round(profile.rxGroundM)} m`,
          mast: Math.round(profile.mastHeightM),
          rx: Math.round(profile.receiverHeightM),
        })}
      >
        <polygon points={fresnelBand} className="los-profile__fresnel" />
        <polyline points={line((p) => min + p.bulgeM)} className="los-profile__bulge" />
        {groundArea && <polygon points={groundArea} className="los-profile__ground" />}
        <polyline
          points={line((p) => p.rayM - FRESNEL_CLEARANCE * p.fresnelM)}
          className="los-profile__clearance"
        />
        <polyline points={line((p) => p.rayM)} className="los-profile__ray" />
        <line
          x1={x(0)}
          x2={x(0)}
          y1={y(profile.txGroundM)}
          y2={y(profile.txM)}
          className="los-profile__mast"
        />
        <line
          x1={x(profile.lengthM)}
          x2={x(profile.lengthM)}
          y1={y(profile.rxGroundM)}
          y2={y(profile.rxM)}
          className="los-profile__mast"
        />
        {worstSample && worstSample.groundM !== null && (
          <circle
            cx={x(worstSample.distanceM)}
            cy={y(worstSample.groundM + worstSample.bulgeM)}
            r={5}
            className="los-profile__obstacle"
          />
        )}
        <text x={PAD.left} y={H - 6} className="los-profile__label">
          {t('check.profile.mast', { height: Math.round(profile.mastHeightM) })}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" className="los-profile__label">
          {`${formatDistance(profile.lengthM, lang)} · ${t('check.profile.antenna', { height: Math.round(profile.receiverHeightM) })}`}
        </text>
      </svg>
      <ul className="los-profile__legend">
        <li>
          <span className="los-key los-key--ground" aria-hidden="true" /> {t('check.profile.ground')}
        </li>
        <li>
          <span className="los-key los-key--ray" aria-hidden="true" /> {t('check.profile.ray')}
        </li>
        <li>
          <span className="los-key los-key--fresnel" aria-hidden="true" /> {t('check.profile.fresnel')}
        </li>
        <li>
          <span className="los-key los-key--clearance" aria-hidden="true" /> {t('check.profile.clearance')}
        </li>
        <li>
          <span className="los-key los-key--bulge" aria-hidden="true" /> {t('check.profile.bulge')}
        </li>
      </ul>
    </figure>
  );
}
