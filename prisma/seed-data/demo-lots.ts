// DEMO DATA — illustrative lots, not measurements. No material was analysed for these records: the
// purities, water contents, NMR conclusions and m/z values found are invented to show what a lot and its
// certificate hold, and every one is seeded with `demo: true`, which the product page and the CoA print
// as "Demo lot — illustrative data". The calculated m/z is never entered: it is computed from each
// product's structure (lib/catalog/mass-spec.ts); the values found here sit within 1.5 ppm of it.
import type { LotInput } from "@/lib/catalog/lot-schema";

export type DemoLotSeed = Omit<LotInput, "lotId" | "demo">;

const base = { dateKind: "RETEST", quantityUnit: "mg", waterMethod: "Karl Fischer, coulometric" } as const;
const nmr = { nmrConsistent: "yes", nmrConclusion: "¹H NMR (400 MHz, DMSO-d6) consistent with structure" } as const;

export const demoLots: DemoLotSeed[] = [
  // B8105958 has two lots: the older one is past its retest date, so the page shows RD26-0412.
  {
    ...base,
    ...nmr,
    catalogNumber: "B8105958",
    lotNumber: "RD23-0117",
    manufacturedOn: "2023-03-14",
    useBy: "2025-03-13",
    quantityAvailable: 0,
    appearance: "White solid",
    waterPercent: 0.6,
    hplcPurity: 98.4,
    hplcWavelengthNm: 220,
    msAdduct: "M_PLUS_H",
    msMzFound: 360.0714,
  },
  {
    ...base,
    ...nmr,
    catalogNumber: "B8105958",
    lotNumber: "RD26-0412",
    manufacturedOn: "2026-04-21",
    useBy: "2028-04-20",
    quantityAvailable: 420,
    appearance: "White to off-white solid",
    waterPercent: 0.4,
    hplcPurity: 99.2,
    hplcWavelengthNm: 220,
    msAdduct: "M_PLUS_H",
    msMzFound: 360.0716,
  },
  { ...base, ...nmr, catalogNumber: "B8105959", lotNumber: "RD26-0413", manufacturedOn: "2026-04-22", useBy: "2028-04-21", quantityAvailable: 180, appearance: "White solid", waterPercent: 0.8, hplcPurity: 98.7, hplcWavelengthNm: 220, msAdduct: "M_MINUS_H", msMzFound: 358.0563 },
  { ...base, ...nmr, catalogNumber: "B8106012", lotNumber: "RD26-0220", manufacturedOn: "2026-02-10", useBy: "2029-02-09", quantityAvailable: 2500, appearance: "White crystalline solid", waterPercent: 0.1, hplcPurity: 99.7, hplcWavelengthNm: 215, msAdduct: "M_PLUS_H", msMzFound: 238.0996 },
  { ...base, ...nmr, catalogNumber: "B8106013", lotNumber: "RD26-0221", manufacturedOn: "2026-02-11", useBy: "2029-02-10", quantityAvailable: 1200, appearance: "White crystalline solid", waterPercent: 0.1, hplcPurity: 99.6, hplcWavelengthNm: 215, msAdduct: "M_PLUS_H", msMzFound: 238.0996 },
  { ...base, ...nmr, catalogNumber: "B8106101", lotNumber: "RD26-0305", manufacturedOn: "2026-03-05", useBy: "2028-03-04", quantityAvailable: 95, appearance: "White solid", waterPercent: 1.1, hplcPurity: 98.9, hplcWavelengthNm: 230, msAdduct: "M_PLUS_H", msMzFound: 354.134 },
  { ...base, ...nmr, catalogNumber: "B8106102", lotNumber: "RD26-0306", manufacturedOn: "2026-03-06", useBy: "2028-03-05", quantityAvailable: 310, appearance: "White solid", waterPercent: 0.9, hplcPurity: 98.5, hplcWavelengthNm: 210, msAdduct: "M_MINUS_H", msMzFound: 186.0406 },
  { ...base, ...nmr, catalogNumber: "B8106103", lotNumber: "RD26-0307", manufacturedOn: "2026-03-07", useBy: "2028-03-06", quantityAvailable: 260, appearance: "White solid", waterPercent: 0.7, hplcPurity: 98.8, hplcWavelengthNm: 210, msAdduct: "M_MINUS_H", msMzFound: 184.0614 },
  { ...base, ...nmr, catalogNumber: "B8106204", lotNumber: "RD26-0518", manufacturedOn: "2026-05-18", useBy: "2028-05-17", quantityAvailable: 150, appearance: "White solid", waterPercent: 0.3, hplcPurity: 99.1, hplcWavelengthNm: 254, msAdduct: "M_PLUS_H", msMzFound: 222.128 },
  { ...base, ...nmr, catalogNumber: "B8106205", lotNumber: "RD26-0519", manufacturedOn: "2026-05-19", useBy: "2029-05-18", quantityAvailable: 5000, appearance: "White crystalline solid", waterPercent: 0.2, hplcPurity: 99.5, hplcWavelengthNm: 205, msAdduct: "M_PLUS_H", msMzFound: 180.1749 },
  { ...base, ...nmr, catalogNumber: "B8106306", lotNumber: "RD26-0610", manufacturedOn: "2026-06-10", useBy: "2028-06-09", quantityAvailable: 75, appearance: "White solid", waterPercent: 0.5, hplcPurity: 98.6, hplcWavelengthNm: 220, msAdduct: "M_PLUS_H", msMzFound: 240.0789 },
  { ...base, ...nmr, catalogNumber: "B8106407", lotNumber: "RD26-0611", manufacturedOn: "2026-06-11", useBy: "2028-06-10", quantityAvailable: 900, appearance: "Off-white solid", waterPercent: 0.3, hplcPurity: 99.0, hplcWavelengthNm: 254, msAdduct: "M_PLUS_H", msMzFound: 242.1291 },
  { ...base, ...nmr, catalogNumber: "B8106408", lotNumber: "RD26-0702", manufacturedOn: "2026-07-02", useBy: "2028-07-01", quantityAvailable: 40, appearance: "White lyophilised powder", waterPercent: 3.8, hplcPurity: 98.3, hplcWavelengthNm: 214, msAdduct: "M_PLUS_NA", msMzFound: 436.217 },
];
