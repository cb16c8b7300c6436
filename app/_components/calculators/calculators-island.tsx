"use client";
// The product page's calculators, kept off the cached page's critical path: the page's HTML holds only
// this placeholder, and the calculators' code (a separate chunk, next/dynamic) is fetched once the
// section comes near the viewport. A reader who never scrolls there never downloads it.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { CalculatorProps } from "./calculators";

const Calculators = dynamic(() => import("./calculators").then((m) => m.Calculators), {
  ssr: false,
  loading: () => <p className="text-sm text-ink-muted">Loading the calculators…</p>,
});

export function CalculatorsIsland(props: CalculatorProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "400px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="min-h-24">
      {near ? <Calculators {...props} /> : <p className="text-sm text-ink-muted">The calculators load as you scroll here.</p>}
    </div>
  );
}
