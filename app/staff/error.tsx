"use client";
import { ErrorNotice, type ErrorBoundaryProps } from "@/app/_components/error-notice";

// Inside the staff layout: the staff navigation stays usable.
export default function StaffError(props: ErrorBoundaryProps) {
  return <ErrorNotice {...props} back={{ href: "/staff", label: "Staff dashboard" }} />;
}
