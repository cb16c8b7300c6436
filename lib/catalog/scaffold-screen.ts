import "server-only";
import { CONTROLLED_SCAFFOLDS, SCREEN_FAILED_KEY } from "@/lib/catalog/controlled-scaffolds";
import { rdkitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import { log } from "@/lib/core/log";

const patterns = CONTROLLED_SCAFFOLDS.map((s) => s.smarts);

/**
 * The keys of the controlled scaffolds a structure contains (controlled-scaffolds.ts), matched in an
 * RDKit worker like every other structure operation. The caller has bounded its size and checked
 * that RDKit reads it. The screen decides what staff review, never whether a request is accepted: if
 * RDKit fails here the request is flagged as not screened rather than refused or passed silently.
 */
export async function screenControlledScaffolds(smiles: string): Promise<string[]> {
  try {
    const matched = await rdkitPool().run("matchSmarts", { smiles, patterns });
    if (!matched) return [SCREEN_FAILED_KEY];
    return matched.map((i) => CONTROLLED_SCAFFOLDS[i]!.key);
  } catch (error) {
    if (!(error instanceof RDKitWorkerError)) throw error;
    log.warn("scaffold-screen.failed", { error });
    return [SCREEN_FAILED_KEY];
  }
}
