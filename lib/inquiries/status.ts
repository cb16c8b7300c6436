import type { InquiryStatus } from "@/lib/generated/prisma/enums";

export const statusLabels: Record<InquiryStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  QUOTED: "Quoted",
  ANSWERED: "Answered",
  WON: "Won",
  LOST: "Lost",
  CLOSED: "Closed",
  SPAM: "Spam",
};

export const statusOrder = Object.keys(statusLabels) as InquiryStatus[];

/**
 * The workflow: new → in review → quoted/answered → won / lost / closed. A finished inquiry can be
 * reopened (back to in review). Spam is entered and left only through markAsSpam / notSpam, which
 * remember and restore the status it had.
 */
const transitions: Record<InquiryStatus, InquiryStatus[]> = {
  NEW: ["IN_REVIEW", "QUOTED", "ANSWERED", "CLOSED"],
  IN_REVIEW: ["QUOTED", "ANSWERED", "CLOSED"],
  QUOTED: ["IN_REVIEW", "WON", "LOST", "CLOSED"],
  ANSWERED: ["IN_REVIEW", "WON", "LOST", "CLOSED"],
  WON: ["IN_REVIEW"],
  LOST: ["IN_REVIEW"],
  CLOSED: ["IN_REVIEW"],
  SPAM: [],
};

export function allowedTransitions(from: InquiryStatus): InquiryStatus[] {
  return transitions[from];
}

export function canTransition(from: InquiryStatus, to: InquiryStatus) {
  return transitions[from].includes(to);
}

const finished = new Set<InquiryStatus>(["WON", "LOST", "CLOSED", "SPAM"]);

/** Won, lost, closed or spam: nothing left to do, so no SLA clock runs. */
export function isFinished(status: InquiryStatus) {
  return finished.has(status);
}

/** Statuses that set closedAt when entered. */
export function closesInquiry(status: InquiryStatus) {
  return status === "WON" || status === "LOST" || status === "CLOSED";
}

export const openStatuses = statusOrder.filter((s) => !finished.has(s));
