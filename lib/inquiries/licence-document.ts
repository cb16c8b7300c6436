import "server-only";
import { checkFiles, filesOf, type CheckedFile } from "@/lib/requesters/files";

/**
 * The licence document sent with a quote request for a controlled product, checked as the requester
 * page checks its files (type by extension and content, size): the schema has seen only its name.
 * A name typed into the field by a script, with no file behind it, is no document.
 */
export async function checkLicenceDocument(formData: FormData): Promise<{ ok: true; file: CheckedFile } | { ok: false; message: string }> {
  const files = filesOf(formData, "licenceDocument").filter((f) => f.size > 0);
  if (files.length !== 1) return { ok: false, message: "Attach one copy of your licence or registration (a PDF, PNG or JPEG file)" };
  const checked = await checkFiles(files);
  if (!checked.ok) return checked;
  const [file] = checked.files;
  return file ? { ok: true, file } : { ok: false, message: "Attach one copy of your licence or registration (a PDF, PNG or JPEG file)" };
}
