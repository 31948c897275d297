// Colours as WCAG 2.1 measures them: relative luminance and contrast ratio (success criterion
// 1.4.3, "Contrast (Minimum)": 4.5:1 for text), and a shade of a colour that reaches a ratio.

/** `#rrggbb` or `#rgb` as red, green and blue 0–255; null for anything else. */
export function parseHexColour(text: string): readonly [number, number, number] | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short !== null) return [1, 2, 3].map((i) => parseInt(`${short[i]}${short[i]}`, 16)) as [number, number, number];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (long !== null) return [1, 2, 3].map((i) => parseInt(long[i] ?? '0', 16)) as [number, number, number];
  return null;
}

/** `#rrggbb`, lower case. */
export function hexColour(rgb: readonly [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
export function relativeLuminance(rgb: readonly [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio (1 to 21) of two colours. */
export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The ratio rounded down to one decimal, for a message ("3.1:1"): never shown above what it is. */
export function ratioText(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

function toHsl([r, g, b]: readonly [number, number, number]): [number, number, number] {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rs ? (gs - bs) / d + (gs < bs ? 6 : 0) : max === gs ? (bs - rs) / d + 2 : (rs - gs) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: readonly [number, number, number]): [number, number, number] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number): number => {
    const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/**
 * The closest shade of `colour` (same hue and saturation, lightness moved toward black, or toward
 * white when `lighter`) whose contrast with `against` reaches `ratio`, as `#rrggbb`.
 */
export function shadeReaching(colour: readonly [number, number, number], against: readonly [number, number, number], ratio: number, lighter = false): string {
  const [h, s, l] = toHsl(colour);
  for (let step = 0; step <= 1000; step++) {
    const lightness = lighter ? Math.min(1, l + step / 1000) : Math.max(0, l - step / 1000);
    const rgb = parseHexColour(hexColour(fromHsl([h, s, lightness])));
    if (rgb !== null && contrastRatio(rgb, against) >= ratio) return hexColour(rgb);
  }
  return lighter ? '#ffffff' : '#000000';
}
