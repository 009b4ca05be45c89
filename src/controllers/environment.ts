import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/schema';
import { localize } from '../data/translations';
import { type Lang, langFor } from '../text/strings';

export interface EnvironmentHost extends ReactiveControllerHost, HTMLElement {
  /** Lit's: with a name, the update's changed properties include it. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  lang: string;
  /** The dataset whose names fill the interface's sentences about its focus country. */
  readonly shownData: Dataset | undefined;
  /** The theme in effect; a change of the reader's scheme that changes it is requested as an update under this name. */
  readonly resolvedTheme: 'light' | 'dark';
}

/**
 * What the element takes from its surroundings: the reader's colour scheme and motion preference, and the
 * language of the nearest `lang`. A change of scheme that changes
 * the host's theme updates it under the name `resolvedTheme`.
 */
export class EnvironmentController implements ReactiveController {
  /** The reader's system asks for dark colours. */
  systemDark = false;
  private darkQuery: MediaQueryList | undefined;
  private motionQuery: MediaQueryList | undefined;
  private canonical: { tag: string; locale: string } | undefined;
  private lang: Lang | undefined;
  private langData: Dataset | undefined;

  constructor(private readonly host: EnvironmentHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.systemDark = this.darkQuery.matches;
    this.darkQuery.addEventListener('change', this.onSchemeChange);
  }

  hostDisconnected(): void {
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
  }

  private onSchemeChange = (event: MediaQueryListEvent) => {
    const before = this.host.resolvedTheme;
    this.systemDark = event.matches;
    this.host.requestUpdate('resolvedTheme', before);
  };

  /** The reader asks for reduced motion: views jump and layers do not animate. */
  get reducedMotion(): boolean {
    return this.motionQuery?.matches ?? false;
  }

  /** `light` or `dark`: the page's choice, or the reader's system for `auto`. */
  resolveTheme(theme: string): 'light' | 'dark' {
    if (theme === 'light' || theme === 'dark') return theme;
    return this.systemDark ? 'dark' : 'light';
  }

  /**
   * The locale for numbers, dates and the interface language: the element's `lang`, the nearest one above it, the
   * page's, or English.
   */
  get locale(): string {
    const host = this.host;
    const tag =
      host.lang ||
      host.parentElement?.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang;
    if (this.canonical?.tag === tag) return this.canonical.locale;
    let locale = 'en';
    try {
      locale = tag ? (Intl.getCanonicalLocales(tag)[0] ?? 'en') : 'en';
    } catch {
      // An invalid tag falls back to English.
    }
    this.canonical = { tag, locale };
    return locale;
  }

  /** A dataset with its text in the reader's language where it gives it (made once per dataset and language). */
  shown(dataset: Dataset | undefined): Dataset | undefined {
    return dataset && localize(dataset, this.locale);
  }

  /** The interface strings and formatters of the locale, made once per locale. */
  get text(): Lang {
    const locale = this.locale;
    const data = this.host.shownData;
    if (this.lang?.locale !== locale || this.langData !== data) {
      this.lang = langFor(locale, data);
      this.langData = data;
    }
    return this.lang;
  }
}
