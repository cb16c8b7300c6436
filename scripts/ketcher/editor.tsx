// The structure editor page, /ketcher/index.html: Ketcher in standalone mode (its Indigo toolkit as
// WebAssembly in a worker, no server). Built by scripts/build-ketcher.mjs into public/ketcher/ and
// opened in an iframe by app/_components/structure-editor.tsx, so the site's pages never download
// it until someone asks to draw, and Ketcher's global CSS and its own React tree stay out of them.
// It answers the opening page only (same origin, its parent window) through postMessage.
import { ChemicalMimeType, type Ketcher } from "ketcher-core";
import { Editor } from "ketcher-react";
import "ketcher-react/dist/index.css";
// Aliased by the build to the binaryWasmNoRender flavour (the .wasm fetched as a file, not inlined as base64).
import { StandaloneStructServiceProvider } from "ketcher-standalone";
import { createRoot } from "react-dom/client";
import type { EditorReply, EditorRequest } from "@/lib/catalog/structure-editor-protocol";

let ketcher: Ketcher | undefined;

const reply = (message: EditorReply) => window.parent.postMessage(message, window.location.origin);

async function answer(request: EditorRequest): Promise<EditorReply> {
  if (!ketcher) return { type: "ketcher:error", id: request.id, message: "The editor is still loading" };
  if (request.type === "ketcher:set") {
    await ketcher.setMolecule(request.structure);
    return { type: "ketcher:done", id: request.id };
  }
  if (!(await ketcher.getSmiles()).trim()) return { type: "ketcher:structure", id: request.id, smiles: "", molfile: "" };
  const molfile = await ketcher.getMolfile();
  // Ketcher writes rings as drawn (a benzene template gives C1C=CC=CC=1); the aromatic form is how
  // SMILES queries are written and how the results page will show it back.
  const aromatic = await ketcher.indigo.aromatize(molfile);
  const { struct: smiles } = await ketcher.indigo.convert(aromatic, { outputFormat: ChemicalMimeType.DaylightSmiles });
  return { type: "ketcher:structure", id: request.id, smiles, molfile };
}

window.addEventListener("message", (event: MessageEvent<EditorRequest>) => {
  if (event.origin !== window.location.origin || event.source !== window.parent) return;
  answer(event.data).then(reply, (error: unknown) =>
    reply({ type: "ketcher:error", id: event.data.id, message: error instanceof Error ? error.message : String(error) }),
  );
});

// Keys pressed in the frame never reach the page's <dialog>, so Escape would not close it: it is passed
// on, unless one of Ketcher's own dialogs or menus is open (Escape is theirs then). Seen in the capture
// phase, before Ketcher handles it (and closes that dialog, or cancels it as a hotkey).
window.addEventListener(
  "keydown",
  (event) => {
    if (event.key === "Escape" && !document.querySelector('[role="dialog"], [role="menu"], [role="listbox"]'))
      reply({ type: "ketcher:escape", id: -1 });
  },
  { capture: true },
);

const provider = new StandaloneStructServiceProvider();

createRoot(document.getElementById("root")!).render(
  <Editor
    staticResourcesUrl=""
    structServiceProvider={provider as never}
    disableMacromoleculesEditor
    // The 3D viewer (Miew, three.js) is a further 1.2 MB nobody needs to draw a query.
    buttons={{ miew: { hidden: true } }}
    errorHandler={(message: string) => reply({ type: "ketcher:error", id: -1, message })}
    onInit={(instance: Ketcher) => {
      ketcher = instance;
      reply({ type: "ketcher:ready", id: -1 });
    }}
  />,
);
