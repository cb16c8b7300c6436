// Zod compiles object parsers with `new Function` when it may, and probes for that by trying it.
// Under the Content-Security-Policy (no 'unsafe-eval') the probe is blocked and reported as a
// violation in every browser that parses a form. Imported first by each schema module the browser
// loads, so the setting is in place before any schema is built (zod decides when a schema is made).
import { z } from "zod";

z.config({ jitless: true });
