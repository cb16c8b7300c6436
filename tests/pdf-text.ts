// The text of a PDF, as a reader's viewer extracts it (pdf-parse, on Mozilla's PDF.js).
import { PDFParse } from "pdf-parse";

export async function pdfText(bytes: Uint8Array) {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
