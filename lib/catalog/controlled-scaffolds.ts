// The controlled scaffolds a custom-synthesis structure is screened against (scaffold-screen.ts): the
// cores that class definitions and precursor lists in drug law are written around. A match flags the
// request for a person to review; it never refuses it, and no match proves nothing (a class definition
// says more than one pattern can). Plain data without "server-only": staff pages show the names.
//
// Maintaining it: one entry per core, with the law or register it comes from. A pattern RDKit cannot
// read fails the unit test (controlled-scaffolds.test.ts), never a request. The key is stored on the
// inquiry (Inquiry.controlledScaffolds): keep it when rewording, and retire an entry rather than reuse
// its key.

export type ControlledScaffold = {
  /** Stored on the inquiry: stable, lower-case. */
  key: string;
  name: string;
  /** Matched as a substructure, stereochemistry ignored. */
  smarts: string;
  /** Jurisdiction codes as in control-labels.ts ("US-DEA", "UK-MDA"). */
  jurisdictions: string[];
  /** The law, order or register, in words a reviewer can look up. */
  source: string;
  sourceUrl?: string;
};

export const CONTROLLED_SCAFFOLDS: readonly ControlledScaffold[] = [
  {
    key: "arylcyclohexylamine",
    name: "Arylcyclohexylamine (ketamine / phencyclidine class)",
    // An amine nitrogen (not an amide) on a cyclohexane carbon that also carries an aromatic ring:
    // ketamine, esketamine, norketamine, hydroxynorketamines, methoxetamine, PCP, tiletamine's core.
    smarts: "[NX3;!$(N-C=[O,S])]-[CX4]1(-a)-[#6]-[#6]-[#6]-[#6]-[#6]-1",
    jurisdictions: ["UK-MDA", "US-DEA"],
    source:
      "UK: Misuse of Drugs Act 1971, Sch. 2 Part II, generic definition of 2-amino-2-arylcyclohexanones added by the Misuse of Drugs " +
      "Act 1971 (Amendment) Order 2013 (SI 2013/239); phencyclidine and its analogues, Sch. 2 Part I. US: ketamine, 21 CFR 1308.13(c); " +
      "phencyclidine, 21 CFR 1308.12(e)",
    sourceUrl: "https://www.legislation.gov.uk/uksi/2013/239/contents/made",
  },
  {
    key: "fentanyl-core",
    name: "4-Anilidopiperidine (fentanyl core)",
    // N-phenyl-N-(piperidin-4-yl)amide, any acyl group: the core of the DEA class definition of
    // fentanyl-related substances, and of fentanyl itself.
    smarts: "O=[#6]-[NX3](-c1ccccc1)-[CX4]1-[CX4]-[CX4]-[NX3]-[CX4]-[CX4]-1",
    jurisdictions: ["US-DEA"],
    source:
      "US: fentanyl-related substances class definition, 21 CFR 1308.11(h)(30) (Schedule I); fentanyl, 21 CFR 1308.12(c) (Schedule II)",
    sourceUrl: "https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-1308.11",
  },
  {
    key: "anpp",
    name: "4-Anilinopiperidine (ANPP / norfentanyl-type fentanyl precursor)",
    // 4-anilino-N-phenethylpiperidine (ANPP) and its relatives: an aniline NH on piperidine C4.
    smarts: "[NX3;H1](-c1ccccc1)-[CX4]1-[CX4]-[CX4]-[NX3]-[CX4]-[CX4]-1",
    jurisdictions: ["US-DEA"],
    source: "US: ANPP, immediate precursor of fentanyl, Schedule II, 21 CFR 1308.12(g) (75 FR 37295, 2010)",
    sourceUrl: "https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-1308.12",
  },
  {
    key: "npp",
    name: "N-Phenethyl-4-piperidone (NPP, fentanyl precursor)",
    smarts: "O=[CX3]1-[CX4]-[CX4]-[NX3](-[CH2]-[CH2]-c2ccccc2)-[CX4]-[CX4]-1",
    jurisdictions: ["US-DEA"],
    source: "US: N-phenethyl-4-piperidone, List I chemical, 21 CFR 1310.02(a) (72 FR 20039, 2007)",
    sourceUrl: "https://www.ecfr.gov/current/title-21/chapter-II/part-1310/section-1310.02",
  },
  {
    key: "phenylacetone",
    name: "1-Phenyl-2-propanone (P2P, amphetamine precursor)",
    // Exactly phenylacetone's skeleton: the methyl ketone on a benzylic CH2 (ring substituents allowed,
    // which also catches 3,4-MDP-2-P, List I under 21 CFR 1310.02(a)).
    smarts: "[CH3]-C(=O)-[CH2]-c1ccccc1",
    jurisdictions: ["US-DEA"],
    source:
      "US: phenylacetone, immediate precursor of amphetamine and methamphetamine, Schedule II, 21 CFR 1308.12(g); " +
      "3,4-methylenedioxyphenyl-2-propanone, List I, 21 CFR 1310.02(a)",
    sourceUrl: "https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-1308.12",
  },
];

/** Stored when the screen could not run (RDKit failed): a person checks the structure instead. */
export const SCREEN_FAILED_KEY = "screen-failed";

/** The entry of a stored key; a retired key is shown as written. */
export function scaffoldByKey(key: string): Pick<ControlledScaffold, "key" | "name"> & Partial<ControlledScaffold> {
  if (key === SCREEN_FAILED_KEY) return { key, name: "Not screened: RDKit failed on this structure, check it by hand" };
  return CONTROLLED_SCAFFOLDS.find((s) => s.key === key) ?? { key, name: key };
}
