"use client";
import { ErrorNotice, type ErrorBoundaryProps } from "@/app/_components/error-notice";

// Inside the site's layout, so the header and footer stay: the visitor keeps their bearings.
export default function SiteError(props: ErrorBoundaryProps) {
  return <ErrorNotice {...props} back={{ href: "/products", label: "Product catalog" }} />;
}
