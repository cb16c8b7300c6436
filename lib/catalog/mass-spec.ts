// LC-MS arithmetic for a lot's certificate: the m/z an ion of the parent species should appear at, and
// how far the found value is from it. Pure functions; the parent's monoisotopic mass comes from RDKit
// (computeParentSpecies in chemistry.ts) when the lot is saved.

export const MS_ADDUCTS = ["M_PLUS_H", "M_PLUS_NA", "M_MINUS_H"] as const;
export type MsAdduct = (typeof MS_ADDUCTS)[number];

// Proton mass 1.007276 u: CODATA 2018, m_p = 1.007 276 466 621 u (NIST, physics.nist.gov/cgi-bin/cuu/Value?mpu).
const PROTON = 1.007276;
// Na⁺ 22.989218 u: the sodium atom (22.989770, IUPAC/NIST atomic masses) less one electron (0.000549),
// as in the Fiehn lab's ESI adduct table (fiehnlab.ucdavis.edu/staff/kind/metabolomics/ms-adduct-calculator).
const SODIUM_ION = 22.989218;

/** Each adduct as printed, its charge sign, and the mass added to the neutral parent M. */
export const msAdducts: Record<MsAdduct, { label: string; polarity: "positive" | "negative"; delta: number }> = {
  M_PLUS_H: { label: "[M+H]+", polarity: "positive", delta: PROTON },
  M_PLUS_NA: { label: "[M+Na]+", polarity: "positive", delta: SODIUM_ION },
  M_MINUS_H: { label: "[M-H]-", polarity: "negative", delta: -PROTON },
};

/** The calculated m/z of a singly charged adduct of a neutral parent of monoisotopic mass `parentExactMass` (Da). */
export function calculatedMz(parentExactMass: number, adduct: MsAdduct) {
  return parentExactMass + msAdducts[adduct].delta;
}

/** Mass error of a found m/z against the calculated one, in parts per million. */
export function massErrorPpm(found: number, calculated: number) {
  return ((found - calculated) / calculated) * 1e6;
}

/** m/z as certificates print it: four decimals (0.1 mDa), enough for a high-resolution instrument's reading. */
export const formatMz = (mz: number) => mz.toFixed(4);
