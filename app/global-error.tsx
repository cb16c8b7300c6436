"use client";
import "./globals.css";
import { ErrorNotice, type ErrorBoundaryProps } from "@/app/_components/error-notice";

// Replaces the root layout when it fails itself, so it brings its own document.
export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-paper antialiased">
        <title>Something went wrong | Reagent Desk</title>
        <ErrorNotice {...props} back={{ href: "/products", label: "Product catalog" }} />
      </body>
    </html>
  );
}
