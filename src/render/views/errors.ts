// The page shown instead of the site while the data has errors and no good read came before
// (the live server): the errors, one line each, with the banner's words.

import type { Diagnostic } from '../../model/diagnostics.ts';
import { formatDiagnostic } from '../../model/diagnostics.ts';
import type { Language } from '../../model/records.ts';
import type { UiText } from '../catalogue/index.ts';
import { UI } from '../catalogue/index.ts';

export interface ErrorPageView {
  readonly kind: 'errors';
  readonly url: string;
  readonly lang: Language;
  readonly t: UiText;
  readonly lines: readonly string[];
}

export function errorPages(diagnostics: readonly Diagnostic[]): ErrorPageView[] {
  return [{ kind: 'errors', url: '/', lang: 'en', t: UI.en, lines: diagnostics.map(formatDiagnostic) }];
}
