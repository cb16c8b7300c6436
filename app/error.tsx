"use client";
import { ErrorNotice, type ErrorBoundaryProps } from "@/app/_components/error-notice";

// Pages outside the site and staff groups (sign-in).
export default function RootError(props: ErrorBoundaryProps) {
  return <ErrorNotice {...props} back={{ href: "/sign-in", label: "Staff sign-in" }} />;
}
