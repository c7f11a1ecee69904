import { html, type TemplateResult } from 'lit';
import { sessionStatus, type SessionEntry, type SessionStatus } from '../../feed/sessions.js';
import { timeElement } from '../../internal/dates.js';
import type { Language, Translation } from '../../i18n/translation.js';

/**
 * A session's registration status in words (never by colour alone), with the deadline as a `<time>` when it
 * matters: "Inscriptions ouvertes jusqu’au 5 janv. 2022". Shared by the sheet and the programme overview.
 */
export function registrationStatus(
  entry: SessionEntry | undefined,
  today: string,
  language: Language,
  t: Translation['sheetCard'],
): { status: SessionStatus | 'none'; text: TemplateResult } {
  if (!entry) return { status: 'none', text: html`${t.noUpcomingSession}` };
  const status = sessionStatus(entry, today);
  const deadline = entry.deadline;
  switch (status) {
    case 'open':
      return { status, text: deadline ? html`${t.statusOpenUntil} ${timeElement(deadline, language)}` : html`${t.statusOpen}` };
    case 'closing-soon':
      return { status, text: deadline ? html`${t.statusClosingOn} ${timeElement(deadline, language)}` : html`${t.statusClosingSoon}` };
    case 'closed':
      return { status, text: html`${t.statusClosed}` };
    case 'full':
      return { status, text: html`${t.statusFull}` };
    case 'cancelled':
      return { status, text: html`${t.statusCancelled}` };
    case 'past':
      return { status, text: html`${t.statusPast}` };
  }
}

/** The same, as a badge whose class carries the status for styling. */
export function registrationBadge(
  entry: SessionEntry | undefined,
  today: string,
  language: Language,
  t: Translation['sheetCard'],
): TemplateResult {
  const { status, text } = registrationStatus(entry, today, language, t);
  return html`<span class="badge badge--${status}">${text}</span>`;
}
