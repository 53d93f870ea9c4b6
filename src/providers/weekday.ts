// A date's weekday named in the UI's language: "Monday" in English, "Thứ Hai" in Vietnamese (the
// Vietnamese bundle's names are core/extract/weekdays.ts's, which a test checks).
import * as vscode from 'vscode';
import { weekdayOf } from '../core/extract/weekdays';

/** The day of the week of a full ISO date in the UI's language, or null for anything else. */
export function weekdayLabel(iso: string): string | null {
  switch (weekdayOf(iso)) {
    case 0: return vscode.l10n.t('Sunday');
    case 1: return vscode.l10n.t('Monday');
    case 2: return vscode.l10n.t('Tuesday');
    case 3: return vscode.l10n.t('Wednesday');
    case 4: return vscode.l10n.t('Thursday');
    case 5: return vscode.l10n.t('Friday');
    case 6: return vscode.l10n.t('Saturday');
    default: return null;
  }
}
