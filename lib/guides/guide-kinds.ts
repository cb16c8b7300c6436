// Guide kinds as they appear in /guides?kind=… (no "server-only": proxy.ts reads them too).
import type { GuideKind } from "@/lib/generated/prisma/enums";

export const guideKindParams: Record<string, GuideKind> = {
  comparison: "COMPARISON",
  "application-note": "APPLICATION_NOTE",
  troubleshooting: "TROUBLESHOOTING",
  protocol: "PROTOCOL",
};

export const guideKindParam = (kind: GuideKind) => Object.entries(guideKindParams).find(([, k]) => k === kind)![0];

export const guideKindOf = (param: string | undefined) =>
  param && Object.hasOwn(guideKindParams, param) ? guideKindParams[param] : undefined;
