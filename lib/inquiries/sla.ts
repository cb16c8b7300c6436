import { env } from "@/lib/env";
import type { InquiryKind, InquiryStatus } from "@/lib/generated/prisma/enums";
import { inquiryKindCodes, inquiryKinds } from "@/lib/inquiries/kinds";
import { isFinished } from "@/lib/inquiries/status";

/** First-response target per kind, in business days: the setting each kind names in the registry. */
export const firstResponseDays = Object.fromEntries(inquiryKindCodes.map((kind) => [kind, env[inquiryKinds[kind].slaSetting]])) as Record<
  InquiryKind,
  number
>;

/** Opening hours on Monday to Friday in one timezone, and the closed dates (YYYY-MM-DD) there. */
export type BusinessCalendar = { timeZone: string; opens: number; closes: number; holidays: ReadonlySet<string> };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function businessCalendar(config: { timeZone: string; hours: string; holidays: readonly string[] }): BusinessCalendar {
  const [opens, closes] = config.hours.split("-").map(minutesOf) as [number, number];
  if (closes <= opens) throw new Error(`Business hours ${config.hours} close before they open.`);
  return { timeZone: config.timeZone, opens, closes, holidays: new Set(config.holidays) };
}

export const configuredCalendar = businessCalendar({
  timeZone: env.BUSINESS_TIMEZONE,
  hours: env.BUSINESS_HOURS,
  holidays: env.BUSINESS_HOLIDAYS,
});

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time at instant `t` in `timeZone`, as if that wall clock were UTC. */
function wallClock(t: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!) + (t % 1000);
}

/**
 * The instant when the wall clock in `timeZone` reads `wall` (a wall-clock time written as UTC). In
 * the hour skipped when clocks go forward it answers the instant one hour later, which never happens
 * for opening hours outside the small hours.
 */
function instantOf(wall: number, timeZone: string) {
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return wall - (wallClock(guess, timeZone) - guess);
}

/**
 * `start` plus `ms` of business time: only the opening hours of Monday to Friday, outside holidays,
 * in the calendar's timezone (so a target keeps its wall-clock meaning across a DST change).
 */
export function addBusinessTime(start: Date, ms: number, calendar: BusinessCalendar = configuredCalendar): Date {
  let t = start.getTime();
  let remaining = ms;
  // Ten years of days: a calendar that is all holidays must not loop for ever.
  for (let i = 0; remaining > 0 && i < 3660; i++) {
    const wall = wallClock(t, calendar.timeZone);
    const midnight = wall - (((wall % 86_400_000) + 86_400_000) % 86_400_000);
    const date = new Date(midnight);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date.toISOString().slice(0, 10))) {
      const opens = instantOf(midnight + calendar.opens * MINUTE_MS, calendar.timeZone);
      const closes = instantOf(midnight + calendar.closes * MINUTE_MS, calendar.timeZone);
      t = Math.max(t, opens);
      if (t < closes) {
        const step = Math.min(remaining, closes - t);
        t += step;
        remaining -= step;
        if (remaining === 0) break;
      }
    }
    t = instantOf(midnight + 86_400_000, calendar.timeZone);
  }
  return new Date(t);
}

/** The length of one business day: the opening hours. */
export const businessDayMs = (calendar: BusinessCalendar = configuredCalendar) => (calendar.closes - calendar.opens) * MINUTE_MS;

/**
 * `start` plus `days` business days, a business day being the opening hours: with 09:00–17:30, an
 * inquiry sent on Friday at 17:00 with a one-day target, before a bank-holiday Monday, is due on
 * Tuesday at 17:00; one sent on Saturday is due on Monday at 17:30.
 */
export function addBusinessDays(start: Date, days: number, calendar: BusinessCalendar = configuredCalendar): Date {
  return addBusinessTime(start, days * businessDayMs(calendar), calendar);
}

const HOUR_MS = 3_600_000;

/**
 * A first-response target as we promise it: "one business day", "2 business days", "1.5 business
 * days". A target under one day is said in business hours of the calendar's opening hours, rounded up
 * to a whole hour so the promise is never shorter than the target: 0.5 days of 09:00–17:30 (4 h 15 min)
 * is "5 business hours".
 */
export function responseTime(days: number, calendar: BusinessCalendar = configuredCalendar): string {
  if (days < 1) {
    const hours = Math.ceil((days * businessDayMs(calendar)) / HOUR_MS - 1e-9);
    return hours === 1 ? "one business hour" : `${hours} business hours`;
  }
  const rounded = Math.round(days * 100) / 100;
  return rounded === 1 ? "one business day" : `${rounded} business days`;
}

/** What every page and email promises for a kind: "within one business day", from its SLA setting. */
export function responsePromise(kind: InquiryKind, days: Record<InquiryKind, number> = firstResponseDays): string {
  return `within ${responseTime(days[kind])}`;
}

export function firstResponseDueAt(kind: InquiryKind, createdAt: Date) {
  return addBusinessDays(createdAt, firstResponseDays[kind]);
}

type SlaFields = { status: InquiryStatus; firstResponseDueAt: Date; firstResponseAt: Date | null };

/** Overdue: still waiting for its first reply after the target, and not finished or spam. */
export function isOverdue(inquiry: SlaFields, now = new Date()) {
  return inquiry.firstResponseAt === null && !isFinished(inquiry.status) && inquiry.firstResponseDueAt.getTime() < now.getTime();
}

/** "3 h", "2 d 4 h", "12 min": an age or duration as staff read it in a list. */
export function formatDuration(ms: number) {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}
