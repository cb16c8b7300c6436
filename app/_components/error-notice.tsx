"use client";
import Link from "next/link";
import { useEffect } from "react";

export type ErrorBoundaryProps = { error: unknown; retry: () => void };

/**
 * What an error boundary shows instead of Next's bare "This page couldn't load": a server action the
 * server refused or failed, or a page that threw. The thrown text is never shown (it may name
 * internals); its digest matches the server's log line.
 */
export function ErrorNotice({ error, retry, back }: ErrorBoundaryProps & { back: { href: string; label: string } }) {
  useEffect(() => console.error(error), [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div role="alert" className="container-page max-w-2xl py-16">
      <h1 className="text-3xl">Something went wrong</h1>
      <p className="mt-3">
        The server could not complete this request, so anything you just submitted may not have been saved. Try again; if it keeps
        happening, reload the page or come back in a few minutes.
      </p>
      {digest ? <p className="mt-2 text-sm text-ink-muted">Reference for support: {digest}</p> : null}
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" className="btn btn-primary" onClick={() => retry()}>
          Try again
        </button>
        {/* A plain link: a full load recovers even when client navigation is what failed. */}
        <a href={back.href}>{back.label}</a>
        <Link href="/">Home</Link>
      </p>
    </div>
  );
}
