import { css } from 'lit';

/** The default values of the `--relations-*` custom properties, light and dark, shared by the elements' styles. */
export const lightThemeProperties = css`
  --relations-text: #1f2937;
  --relations-panel: rgba(255, 255, 255, 0.96);
  --relations-background: #dbe7f0;
  --relations-panel-solid: #fff;
  --relations-link: #1d4ed8;
  --relations-accent: #b91c1c;
  --relations-on-accent: #fff;
  --relations-focus: #2563eb;
`;

export const darkThemeProperties = css`
  --relations-text: #f3f4f6;
  --relations-panel: rgba(17, 24, 39, 0.96);
  --relations-background: #0f1a24;
  --relations-panel-solid: #111827;
  --relations-link: #93c5fd;
  --relations-accent: #f87171;
  --relations-on-accent: #111827;
  --relations-focus: #60a5fa;
`;
