import "server-only";
import { render } from "@react-email/components";
import type { ReactElement } from "react";

/** HTML and plain-text parts of a React Email template. React escapes every interpolated value. */
export async function renderEmail(element: ReactElement) {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
