/** @jest-environment jsdom */
import "./setup";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkTheme, luminance } from "../../src/taskpane/theme";
import { renderPane } from "./renderPane";

/** The value the pane's Fluent provider gives a theme token, read from the rule it injects. */
function providerToken(container: HTMLElement, token: string): string {
  const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
  if (!provider) throw new Error("no FluentProvider rendered");
  const rules = [...provider.classList].flatMap((className) => {
    const tag = document.getElementById(className);
    return tag instanceof HTMLStyleElement && tag.sheet ? [...tag.sheet.cssRules] : [];
  });
  const rule = rules.find((candidate): candidate is CSSStyleRule => "style" in candidate);
  return rule?.style.getPropertyValue(`--${token}`).trim() ?? "";
}

describe("the pane's theme", () => {
  it("is Fluent's dark theme when Office is dark", async () => {
    const { container } = await renderPane({ dark: true });

    expect(providerToken(container, "colorNeutralBackground1")).toBe(
      webDarkTheme.colorNeutralBackground1,
    );
    expect(providerToken(container, "colorNeutralForeground1")).toBe(
      webDarkTheme.colorNeutralForeground1,
    );
    expect(luminance(providerToken(container, "colorNeutralBackground1"))).toBeLessThan(0.5);
  });

  it("is Fluent's light theme otherwise", async () => {
    const { container } = await renderPane({ dark: false });

    expect(providerToken(container, "colorNeutralBackground1")).toBe(
      webLightTheme.colorNeutralBackground1,
    );
  });
});

describe("luminance", () => {
  it("is 0 for black and 1 for white, with or without the #, in either case", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBe(1);
    expect(luminance("FFFFFF")).toBe(1);
    expect(luminance(" #FfFfFf ")).toBe(1);
  });

  it("weighs green most and blue least, as the eye does", () => {
    expect(luminance("#00ff00")).toBeCloseTo(0.7152, 10);
    expect(luminance("#ff0000")).toBeCloseTo(0.2126, 10);
    expect(luminance("#0000ff")).toBeCloseTo(0.0722, 10);
  });

  it("counts a colour it cannot read as white, so the pane stays light", () => {
    expect(luminance("")).toBe(1);
    expect(luminance("rgb(0,0,0)")).toBe(1);
    expect(luminance("#12345")).toBe(1);
  });
});

describe("isDarkTheme", () => {
  it("follows Office's body background: dark grey is dark, white is light", () => {
    expect(isDarkTheme("#1f1f1f", "")).toBe(true);
    expect(isDarkTheme("#292929", "")).toBe(true);
    expect(isDarkTheme("#ffffff", "")).toBe(false);
    expect(isDarkTheme("#e6e6e6", "")).toBe(false);
  });

  it("is light when Office gives no theme (outside Office, or an older host)", () => {
    expect(isDarkTheme(undefined, "")).toBe(false);
  });

  it("obeys ?theme=dark or ?theme=light over Office's colours, for screenshots and tests", () => {
    expect(isDarkTheme("#ffffff", "?theme=dark")).toBe(true);
    expect(isDarkTheme("#1f1f1f", "?theme=light")).toBe(false);
    expect(isDarkTheme(undefined, "?debug=1&theme=dark")).toBe(true);
  });

  it("ignores any other ?theme value", () => {
    expect(isDarkTheme("#1f1f1f", "?theme=contrast")).toBe(true);
    expect(isDarkTheme("#ffffff", "?theme=contrast")).toBe(false);
  });
});
