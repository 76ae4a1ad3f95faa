/** Light or dark, following Office's theme (or `?theme=dark` for screenshots and tests). */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
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
