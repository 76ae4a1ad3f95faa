/** Light or dark, following Office's theme (or `?theme=dark` for screenshots and tests). */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  // Office may give `#rgb` as well as `#rrggbb`.
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex.trim());
  const full = short ? `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : hex;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(full.trim());
  if (!match) return 1;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkTheme(officeBackground: string | undefined, query: string): boolean {
  const requested = new URLSearchParams(query).get("theme");
  if (requested === "dark" || requested === "light") return requested === "dark";
  return officeBackground !== undefined && luminance(officeBackground) < 0.5;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
