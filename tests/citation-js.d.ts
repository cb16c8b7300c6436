// Minimal types for citation-js, used only to parse our BibTeX/RIS back in tests.
declare module "@citation-js/core" {
  type CslItem = { title?: string; URL?: string; author?: Record<string, string>[]; issued: { "date-parts": [[number, ...number[]]] } };
  export class Cite {
    static async(input: string): Promise<{ data: [CslItem, ...CslItem[]] }>;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
