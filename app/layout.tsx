import type { Metadata, Viewport } from "next";
import "./globals.css";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: `${site.name} — research compounds, guides and custom synthesis`, template: `%s | ${site.name}` },
  description: site.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5c7a" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-paper antialiased">{children}</body>
    </html>
  );
}
