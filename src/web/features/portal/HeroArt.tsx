/**
 * Decoration for wide screens: the sun of the flag with its 32 rays around a
 * shanyrak. Drawn in code so it costs no download and stays sharp.
 */
export function HeroArt() {
  const rays = Array.from({ length: 32 }, (_, i) => (i * 360) / 32);
  return (
    <svg viewBox="0 0 320 320" width="100%" height="100%" aria-hidden="true" focusable="false">
      <g transform="translate(160 160)">
        {rays.map((angle) => (
          <path key={angle} d="M0 -150 L7 -112 L-7 -112 Z" fill="var(--mantine-color-sun-5)" opacity="0.85" transform={`rotate(${angle})`} />
        ))}
        <circle r="100" fill="var(--mantine-color-sun-5)" />
        <circle r="84" fill="var(--mantine-color-otandas-8)" />
        <circle r="70" fill="none" stroke="var(--mantine-color-sun-5)" strokeWidth="7" />
        {/* The shanyrak's crossed bars (күлдіреуіш): three each way, bowed like the real dome. */}
        <g fill="none" stroke="var(--mantine-color-sun-5)" strokeWidth="6" strokeLinecap="round">
          <path d="M-66 -22 Q0 -34 66 -22" />
          <path d="M-70 0 L70 0" />
          <path d="M-66 22 Q0 34 66 22" />
          <path d="M-22 -66 Q-34 0 -22 66" />
          <path d="M0 -70 L0 70" />
          <path d="M22 -66 Q34 0 22 66" />
        </g>
      </g>
    </svg>
  );
}
