// Who we are, in one place: the header, footer, JSON-LD and emails read it from here.
export const site = {
  name: "Reagent Desk",
  legalName: "Reagent Desk Research Chemicals Ltd.",
  tagline: "Characterised research compounds for neuroscience and pharmacology",
  email: "orders@reagentdesk.example",
  supportEmail: "support@reagentdesk.example",
  phone: "+44 1223 000 420",
  address: ["Unit 7, Quadrant Court", "41 Harvest Road", "Cambridge CB1 3RD", "United Kingdom"],
  // Plain words rather than en dashes: the footer is on every page, and one character above U+00FF makes
  // a cached page a two-byte string to send (app/_components/static-html.tsx, withoutWideCharacters).
  hours: "Monday to Friday, 08:30 to 17:30 GMT",
  ruoNotice: "For research use only. Not for human or veterinary use, and not for diagnostic or therapeutic procedures.",
} as const;
