"use client";
import { useEffect, useRef, useState } from "react";

type Other = { name: string; activity: "VIEWING" | "REPLYING"; for: string };

const PING_MS = 20_000;
// The reply box of ReplyForm (triage-forms.tsx).
const REPLY_BOX_ID = "reply-body";

function replying() {
  const box = document.getElementById(REPLY_BOX_ID) as HTMLTextAreaElement | null;
  return !!box && (document.activeElement === box || box.value.trim() !== "");
}

/**
 * "Dana Okafor is replying since 2 min": who else has this inquiry open, kept by a heartbeat every
 * 20 s (and at once when this viewer starts or stops replying), so two people do not answer twice.
 */
export function PresenceNotice({ reference }: { reference: string }) {
  const [others, setOthers] = useState<Other[]>([]);
  const activity = useRef<"VIEWING" | "REPLYING">("VIEWING");

  useEffect(() => {
    const url = `/staff/inquiries/${encodeURIComponent(reference)}/presence`;
    let stopped = false;
    const ping = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ activity: activity.current }),
          cache: "no-store",
        });
        if (response.ok && !stopped) setOthers(((await response.json()) as { others: Other[] }).others);
      } catch {
        // Offline for a moment: the next ping tries again.
      }
    };
    const recheck = () => {
      const now = replying() ? "REPLYING" : "VIEWING";
      if (now !== activity.current) {
        activity.current = now;
        void ping();
      }
    };
    const leave = () => void fetch(url, { method: "DELETE", keepalive: true }).catch(() => {});
    void ping();
    const timer = setInterval(ping, PING_MS);
    document.addEventListener("focusin", recheck);
    // After focus has left, document.activeElement is the next element (or body).
    const recheckLater = () => setTimeout(recheck, 0);
    document.addEventListener("focusout", recheckLater);
    document.addEventListener("input", recheck);
    document.addEventListener("visibilitychange", ping);
    window.addEventListener("pagehide", leave);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("focusin", recheck);
      document.removeEventListener("focusout", recheckLater);
      document.removeEventListener("input", recheck);
      document.removeEventListener("visibilitychange", ping);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [reference]);

  return (
    <div role="status" aria-live="polite" className={others.length ? "w-full" : "sr-only"}>
      {others.length ? (
        <ul className="space-y-1 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-presence>
          {others.map((o, i) => (
            <li key={`${i}-${o.name}`}>
              <strong>{o.name}</strong> is {o.activity === "REPLYING" ? "replying" : "viewing"} since {o.for}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
