// The messages between a page and the structure editor it opens in an iframe (/ketcher/index.html,
// built from scripts/ketcher/editor.tsx). Each request carries an id its reply repeats; the editor's
// own notices (ready, an error it shows) carry id -1.

export type EditorRequest = { type: "ketcher:get"; id: number } | { type: "ketcher:set"; id: number; structure: string };

export type EditorReply =
  | { type: "ketcher:ready"; id: -1 }
  /** Escape pressed inside the editor with none of its own dialogs open: the page closes its dialog. */
  | { type: "ketcher:escape"; id: -1 }
  | { type: "ketcher:structure"; id: number; smiles: string; molfile: string }
  | { type: "ketcher:done"; id: number }
  | { type: "ketcher:error"; id: number; message: string };

export const EDITOR_URL = "/ketcher/index.html";
