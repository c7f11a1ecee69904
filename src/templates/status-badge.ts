import { html, nothing, type TemplateResult } from 'lit';
import { sessionStatus, type SessionEntry, type SessionStatus } from '../model/sessions.js';
import type { Language, Translation } from '../i18n/translation.js';
import { timeElement } from './time.js';

/** A session's status in words, the same in every element: "Inscriptions ouvertes", "Complet"… */
export function statusText(status: SessionStatus, t: Translation['common']): string {
  return {
    open: t.statusOpen,
    'closing-soon': t.statusClosingSoon,
    closed: t.statusClosed,
    full: t.statusFull,
    cancelled: t.statusCancelled,
    past: t.statusPast,
  }[status];
}

/**
 * A session's registration status in words (never by colour alone), with the deadline as a `<time>` when it
 * matters: "Inscriptions ouvertes jusqu’au 5 janv. 2022". Shared by the sheet and the programme overview.
 */
export function registrationStatus(
  entry: SessionEntry | undefined,
  today: string,
  language: Language,
  t: Translation['common'],
): { status: SessionStatus | 'none'; text: TemplateResult } {
  if (!entry) return { status: 'none', text: html`${t.noUpcomingSession}` };
  const status = sessionStatus(entry, today);
  const deadline = entry.deadline;
  switch (status) {
    case 'open':
      if (deadline) return { status, text: html`${t.statusOpenUntil} ${timeElement(deadline, language)}` };
      break;
    case 'closing-soon':
      if (deadline) return { status, text: html`${t.statusClosingOn} ${timeElement(deadline, language)}` };
      break;
  }
  return { status, text: html`${statusText(status, t)}` };
}

/** The same, as a badge whose class carries the status for styling. */
export function registrationBadge(entry: SessionEntry | undefined, today: string, language: Language, t: Translation['common']): TemplateResult {
  const { status, text } = registrationStatus(entry, today, language, t);
  return html`<span class="badge badge--${status}">${text}</span>`;
}

/**
 * Why a session's deadline is not the one the feed publishes (sessions.ts moves a deadline that falls after the
 * start to the eve of the start), the same words in every element: "(la veille du début : la date limite publiée,
 * 5 janv. 2022, tombe après le début)". Nothing when the published deadline holds.
 */
export function deadlineReason(entry: SessionEntry, language: Language, t: Translation['common']): TemplateResult | typeof nothing {
  return entry.publishedDeadline
    ? html`<span class="deadline-why">(${t.deadlineMoved} ${timeElement(entry.publishedDeadline, language)}, ${t.deadlineMovedWhy})</span>`
    : nothing;
}
