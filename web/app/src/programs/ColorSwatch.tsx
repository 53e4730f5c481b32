interface ColorSwatchProps {
  color: string;
  className?: string;
}

/**
 * A block's colour. Drawn as SVG so the colour is an attribute, not an inline style: the app keeps to a
 * strict Content-Security-Policy without 'unsafe-inline' styles.
 */
export function ColorSwatch({ color, className = 'swatch' }: ColorSwatchProps) {
  return (
    <svg className={className} viewBox="0 0 10 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect width="10" height="10" rx="1" fill={color} />
    </svg>
  );
}
