// Hand-curated seed catalog for Reagent Desk: glutamate-receptor ligands used in rapid-acting
// antidepressant research. Every stated fact (CAS number, potency, target/mechanism, structure)
// names its source; values that could not be confirmed are left out rather than guessed.
//
// Structures: every `smiles` is the isomeric SMILES of the record as sold (salt included). The
// seed recomputes formula, MW and InChIKey with RDKit and refuses values in `expected` that
// disagree, so `expected` only holds values read from a source (and checked against RDKit).
//
// Sourcing notes (see also the per-product comments):
// - LY3020371: no CAS number was found for either form, so none is given.
// - CX-516: vendors give two different CAS numbers (154235-83-3 and 173047-75-1) and no primary
//   database record was found to settle it, so no CAS number is given.
// - (+)-MK-801 hydrogen maleate: only the free-base CAS (77086-21-6) was seen, on secondary pages;
//   the maleate's CAS could not be confirmed, so none is given for the salt sold here.
// - LY379268 (191471-52-0) and rapastinel (117928-94-6): CAS numbers were seen only on vendor
//   pages or encyclopedia mirrors, never in a primary database, so they are left out.
// - Secondary sources (mirrors of reference works, aggregators, encyclopedia mirrors) are used
//   only where no primary record was found, and are marked "SECONDARY" where they are declared.
import type { ActivitySeed, CategorySeed, MechanismSeed, ProductSeed, ReferenceSeed, TargetSeed } from "./types";

export const references: ReferenceSeed[] = [
  // --- Laws that list controlled substances (ProductControl rows) ----------------------------
  {
    // US: ketamine, "its salts, isomers, and salts of isomers", is listed in Schedule III under
    // paragraph (c) (depressants), DEA Controlled Substances Code 7285; placed there by the final rule
    // of 13 July 1999 (64 FR 37673, effective 12 August 1999).
    key: "cfr-21-1308-13",
    title: "21 CFR 1308.13 — Schedule III (Schedules of Controlled Substances, Drug Enforcement Administration)",
    url: "https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-1308.13",
  },
  {
    // UK: ketamine is listed in Part II (Class B) of Schedule 2, paragraph 1(a), since 10 June 2014
    // (Misuse of Drugs Act 1971 (Ketamine etc.) (Amendment) Order 2014; Class C before). Part II's
    // later paragraphs extend each listed substance to its stereoisomeric forms and its salts.
    key: "mda-1971-sch2",
    title: "Misuse of Drugs Act 1971, Schedule 2 (Controlled drugs), Part II (Class B drugs)",
    year: 1971,
    url: "https://www.legislation.gov.uk/ukpga/1971/38/schedule/2",
  },
  // --- LY3020371 ---------------------------------------------------------------------------
  {
    // In vitro pharmacology of LY3020371 (source of all four Ki / IC50 values and of the IUPAC name
    // with stereodescriptors). Title and the 19 authors as listed by the University of Bristol
    // research portal (co-author S. M. Fitzjohn's record). Journal, volume, pages and DOI are those of
    // the article in Neuropharmacology's 2017 issue on mGlu receptors; PMID not confirmed, left out.
    key: "witkin2017invitro",
    authors: "Witkin JM, Ornstein PL, Mitch CH, et al.",
    title:
      "In vitro pharmacological and rat pharmacokinetic characterization of LY3020371, a potent and selective mGlu2/3 receptor antagonist",
    journal: "Neuropharmacology",
    year: 2017,
    volume: "115",
    pages: "100-114",
    doi: "10.1016/j.neuropharm.2016.07.028",
    url: "https://research-information.bris.ac.uk/en/publications/invitro-pharmacological-and-rat-pharmacokinetic-characterization-",
  },
  {
    key: "witkin2017jpet",
    authors: "Witkin JM, Mitchell SN, Wafford KA, et al.",
    title:
      "Comparative effects of LY3020371, a potent and selective metabotropic glutamate (mGlu) 2/3 receptor antagonist, and ketamine, a noncompetitive N-methyl-d-aspartate receptor antagonist in rodents: evidence supporting the use of mGlu2/3 antagonists, for the treatment of depression",
    journal: "J Pharmacol Exp Ther",
    year: 2017,
    volume: "361",
    pages: "68-86",
    pmid: "28138040",
    doi: "10.1124/jpet.116.238121",
  },
  {
    // DOI not confirmed; left out.
    key: "witkin2017pbb",
    authors: "Witkin JM, Monn JA, Li J, et al.",
    title:
      "Preclinical predictors that the orthosteric mGlu2/3 receptor antagonist LY3020371 will not engender ketamine-associated neurotoxic, motor, cognitive, subjective, or abuse-liability-related effects",
    journal: "Pharmacol Biochem Behav",
    year: 2017,
    volume: "155",
    pages: "43-55",
    pmid: "28285123",
  },

  // --- mGlu2/3 reference ligands --------------------------------------------------------------
  {
    key: "kingston1998",
    authors: "Kingston AE, Ornstein PL, Wright RA, Johnson BG, Mayne NG, Burnett JP, Belagaje R, Wu S, Schoepp DD",
    title: "LY341495 is a nanomolar potent and selective antagonist of group II metabotropic glutamate receptors",
    journal: "Neuropharmacology",
    year: 1998,
    volume: "37",
    pages: "1-12",
    pmid: "9680254",
    doi: "10.1016/s0028-3908(97)00191-3",
  },
  {
    // Names LY341495 as (2S)-2-amino-2-(1S,2S-2-carboxycycloprop-1-yl)-3-(xanth-9-yl)propanoic acid
    // and uses [3H]LY341495 as the mGlu2/3 antagonist radioligand. DOI not confirmed; left out.
    key: "monn2007",
    authors: "Monn JA, Massey SM, Valli MJ, et al.",
    title:
      "Synthesis and metabotropic glutamate receptor activity of S-oxidized variants of (-)-4-amino-2-thiabicyclo-[3.1.0]hexane-4,6-dicarboxylate: identification of potent, selective, and orally bioavailable agonists for mGlu2/3 receptors",
    journal: "J Med Chem",
    year: 2007,
    volume: "50",
    pages: "233-240",
    pmid: "17228865",
  },
  {
    // Source of the LY354740 EC50 values (cAMP at mGlu2/3) and of its inactivity in the group I
    // phosphoinositide-hydrolysis assays (mGlu1a, mGlu5a).
    key: "schoepp1997",
    authors: "Schoepp DD, Johnson BG, Wright RA, et al.",
    title:
      "LY354740 is a potent and highly selective group II metabotropic glutamate receptor agonist in cells expressing human glutamate receptors",
    journal: "Neuropharmacology",
    year: 1997,
    volume: "36",
    pages: "1-11",
    pmid: "9144636",
    doi: "10.1016/s0028-3908(96)00160-8",
  },
  {
    key: "monn1997",
    authors: "Monn JA, Valli MJ, Massey SM, et al.",
    title:
      "Design, synthesis, and pharmacological characterization of (+)-2-aminobicyclo[3.1.0]hexane-2,6-dicarboxylic acid (LY354740): a potent, selective, and orally active group 2 metabotropic glutamate receptor agonist possessing anticonvulsant and anxiolytic properties",
    journal: "J Med Chem",
    year: 1997,
    volume: "40",
    pages: "528-537",
    pmid: "9046344",
    doi: "10.1021/jm9606756",
  },
  {
    // Gives LY354740 as 1S,2S,5R,6S-2-aminobicyclo[3.1.0]hexane-2,6-dicarboxylate (monohydrate)
    // and calls racemic ketamine an uncompetitive NMDA channel blocker. Last page not confirmed.
    key: "marek2020",
    authors: "Marek GJ, Salek AA",
    title:
      "Extending the specificity of differential-reinforcement-of-low rate 72-s (DRL 72-s) behavior for screening antidepressant-like effects of glutamatergic clinically validated anxiolytic or antidepressant drugs in rats",
    journal: "J Pharmacol Exp Ther",
    year: 2020,
    volume: "374",
    doi: "10.1124/jpet.119.264069",
  },
  {
    // The FDA/NCATS substance record of LY354740 under its INN, eglumetad (UNII ONU5A67T2S): the
    // INN and CAS 176199-48-7 for the anhydrous free acid. Replaces an encyclopedia mirror.
    key: "gsrs-eglumetad",
    title: "EGLUMETAD (NCATS Inxight Drugs / GSRS substance record ONU5A67T2S)",
    url: "https://drugs.ncats.io/substance/ONU5A67T2S",
  },
  {
    // Review; lists LY379268 and LY354740 among mGlu2/3 agonists tested in rodent models.
    key: "maksymetz2017",
    authors: "Maksymetz J, Moran SP, Conn PJ",
    title: "Targeting metabotropic glutamate receptors for novel treatments of schizophrenia",
    journal: "Mol Brain",
    year: 2017,
    volume: "10",
    pages: "15",
    pmid: "28446243",
    doi: "10.1186/s13041-017-0293-z",
  },

  // --- NMDA receptor ligands -----------------------------------------------------------------
  {
    // NCATS GSRS record of ketamine hydrochloride (racemic): structure, InChIKey, channel-site mechanism.
    key: "gsrs-ketamine-hcl",
    title: "KETAMINE HYDROCHLORIDE (NCATS Inxight Drugs / GSRS substance record O18YUO0I83)",
    url: "https://drugs.ncats.io/substance/O18YUO0I83",
  },
  {
    // The official compendium. Its monograph heading gives C13H16ClNO·HCl, 274.19 and CAS
    // 1867-66-9 (this replaces an unofficial online copy of the Merck Index), and its "Clarity and
    // color of solution" test dissolves 1 g of ketamine hydrochloride in 5 mL of water (a clear,
    // colourless solution), i.e. at least 200 mg/mL. Cited as the monograph itself.
    key: "usp28-ketamine-hcl",
    authors: "United States Pharmacopeial Convention",
    title: "Ketamine Hydrochloride (official monograph)",
    journal: "United States Pharmacopeia 28 – National Formulary 23",
    year: 2005,
  },
  {
    key: "gsrs-esketamine-hcl",
    title: "Esketamine hydrochloride (NCATS Inxight Drugs / GSRS substance record L8P1H35P2Z)",
    url: "https://drugs.ncats.io/substance/L8P1H35P2Z",
  },
  {
    key: "drugcentral-esketamine",
    title: "esketamine (DrugCentral drug card 4468)",
    url: "http://drugcentral.org/drugcard/4468",
  },
  {
    // The official compendium's monograph: esketamine hydrochloride, C13H17Cl2NO, 274.2, CAS
    // 33643-47-9, (2S)-configuration. Cited as the monograph itself, not the pharmacy website
    // copy it was first read in.
    key: "pheur-esketamine-hcl",
    authors: "European Directorate for the Quality of Medicines & HealthCare",
    title: "Esketamine hydrochloride (monograph 1742)",
    journal: "European Pharmacopoeia",
    // The EDQM's Knowledge database entry for the monograph (official; the text itself is licensed).
    url: "https://extranet.edqm.eu/4DLink1/4DCGI/Web_View/mono/1742",
  },
  {
    key: "berman2000",
    authors: "Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, Krystal JH",
    title: "Antidepressant effects of ketamine in depressed patients",
    journal: "Biol Psychiatry",
    year: 2000,
    volume: "47",
    pages: "351-354",
    doi: "10.1016/S0006-3223(99)00230-9",
  },
  {
    key: "zarate2006",
    authors: "Zarate CA Jr, Singh JB, Carlson PJ, et al.",
    title: "A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression",
    journal: "Arch Gen Psychiatry",
    year: 2006,
    volume: "63",
    pages: "856-864",
    doi: "10.1001/archpsyc.63.8.856",
  },
  {
    key: "wong1986",
    authors: "Wong EH, Kemp JA, Priestley T, Knight AR, Woodruff GN, Iversen LL",
    title: "The anticonvulsant MK-801 is a potent N-methyl-D-aspartate antagonist",
    journal: "Proc Natl Acad Sci U S A",
    year: 1986,
    volume: "83",
    pages: "7104-7108",
    pmid: "3529096",
    doi: "10.1073/pnas.83.18.7104",
  },
  {
    key: "woodruff1987",
    authors: "Woodruff GN, et al.",
    title: "The interaction between MK-801 and receptors for N-methyl-D-aspartate: functional consequences",
    journal: "Neuropharmacology",
    year: 1987,
    volume: "26",
    pages: "903-909",
    pmid: "2821432",
    doi: "10.1016/0028-3908(87)90068-2",
  },
  {
    // The IUPHAR/BPS Guide to Pharmacology ligand record of dizocilpine ((+)-MK-801), the curated
    // database's structure of the active enantiomer. Replaces an encyclopedia mirror, whose IUPAC
    // name reads (5R,10S)-(+) while RDKit assigns (5S,10R) to its own SMILES; see the product note.
    key: "gtopdb-dizocilpine",
    title: "Dizocilpine (IUPHAR/BPS Guide to Pharmacology, ligand 2403)",
    url: "https://www.guidetopharmacology.org/GRAC/LigandDisplayForward?ligandId=2403",
  },
  {
    key: "gsrs-memantine-hcl",
    title: "MEMANTINE HYDROCHLORIDE (NCATS Inxight Drugs / GSRS substance record JY0WD0UA60)",
    url: "https://drugs.ncats.io/substance/JY0WD0UA60",
  },
  {
    // SECONDARY (aggregator): lists CAS 41100-52-1 for memantine hydrochloride. The brief's facts
    // file attributes the same number to NCATS GSRS, whose code list was not in the copy available.
    key: "probesdrugs-memantine",
    title: "Memantine (Probes & Drugs compound PD009581)",
    url: "https://www.probes-drugs.org/compound/PD009581",
  },
  {
    // DOI from the nature.com article address; PMID as listed in a public reference table.
    key: "zanos2016",
    authors: "Zanos P, Moaddel R, Morris PJ, Georgiou P, Fischell J, Elmer GI, et al.",
    title: "NMDAR inhibition-independent antidepressant actions of ketamine metabolites",
    journal: "Nature",
    year: 2016,
    volume: "533",
    pages: "481-486",
    pmid: "27144355",
    doi: "10.1038/nature17998",
  },
  {
    // Review of ketamine and metabolite pharmacology: both enantiomers block the NMDA receptor
    // channel at the phencyclidine site, (S)-ketamine with higher affinity than (R)-ketamine.
    key: "zanos2018",
    authors: "Zanos P, Moaddel R, Morris PJ, et al.",
    title: "Ketamine and ketamine metabolite pharmacology: insights into therapeutic mechanisms",
    journal: "Pharmacol Rev",
    year: 2018,
    volume: "70",
    pages: "621-660",
    doi: "10.1124/pr.117.015198",
  },
  {
    // The first clinical study of (2R,6R)-HNK: a phase 1 safety, pharmacokinetic and EEG study in
    // healthy volunteers (NCT04711005), single doses of 0.1-4 mg/kg and repeated doses of 1-2 mg/kg.
    key: "raja2024",
    authors: "Raja SM, et al.",
    title:
      "A phase 1 assessment of the safety, tolerability, pharmacokinetics and pharmacodynamics of (2R,6R)-hydroxynorketamine in healthy volunteers",
    journal: "Clin Pharmacol Ther",
    year: 2024,
    volume: "116",
    pages: "1314-1324",
    pmid: "39054770",
    doi: "10.1002/cpt.3391",
  },
  {
    key: "kavalali2018",
    authors: "Kavalali ET, Monteggia LM",
    title:
      "The ketamine metabolite 2R,6R-hydroxynorketamine blocks NMDA receptors and impacts downstream signaling linked to antidepressant effects",
    journal: "Neuropsychopharmacology",
    year: 2018,
    volume: "43",
    pages: "221-222",
    doi: "10.1038/npp.2017.210",
  },
  {
    key: "moskal2014",
    authors: "Moskal JR, Burch R, Burgdorf JS, Kroes RA, Stanton PK, Disterhoft JF, Leander JD",
    title:
      "GLYX-13, an NMDA receptor glycine site functional partial agonist enhances cognition and produces antidepressant effects without the psychotomimetic side effects of NMDA receptor antagonists",
    journal: "Expert Opin Investig Drugs",
    year: 2014,
    volume: "23",
    pages: "243-254",
    doi: "10.1517/13543784.2014.852536",
  },
  {
    key: "glyx13-neuroreport2008",
    authors: "Wood PL, Mahmood SA, Moskal JR",
    title: "Antinociceptive action of GLYX-13: an N-methyl-D-aspartate receptor glycine site partial agonist",
    journal: "Neuroreport",
    year: 2008,
    volume: "19",
    pages: "1059-1061",
    pmid: "18580579",
    doi: "10.1097/WNR.0b013e32830435c9",
  },
  {
    // The developers' account: rapastinel is the amidated tetrapeptide threonine-proline-proline-
    // threonine-amide, derived from the monoclonal antibody B6B21. Replaces an encyclopedia mirror.
    key: "moskal2017",
    authors: "Moskal JR, Burgdorf JS, Stanton PK, et al.",
    title: "The development of rapastinel (formerly GLYX-13); a rapid acting and long lasting antidepressant",
    journal: "Curr Neuropharmacol",
    year: 2017,
    volume: "15",
    pages: "47-56",
    url: "http://www.current-neuropharmacology.com/articles/140554/the-development-of-rapastinel-formerly-glyx-13-a-rapid-acting-and-long-lasting-antidepressant",
  },
  {
    // Rapastinel, "initially described as" a glycine-site partial agonist, enhanced NMDA receptor
    // function at the brain concentrations (30-100 nM) linked to its antidepressant-like effects,
    // through a site independent of the glycine co-agonist site.
    key: "donello2019",
    authors: "Donello JE, Banerjee P, Li YX, et al.",
    title: "Positive N-methyl-D-aspartate receptor modulation by rapastinel promotes rapid and sustained antidepressant-like effects",
    journal: "Int J Neuropsychopharmacol",
    year: 2019,
    volume: "22",
    pages: "247-259",
    pmid: "30544218",
    doi: "10.1093/ijnp/pyy101",
  },
  {
    // News report of Allergan's March 2019 topline results: in three phase 3 trials of weekly IV
    // rapastinel added to an oral antidepressant (two at 450 mg with 872 patients in all, one with
    // 225 and 450 mg arms and 638 patients), MADRS change at 3 weeks did not differ from placebo.
    key: "psychnews2019-rapastinel",
    title: "Rapastinel fails phase 3 trials",
    journal: "Psychiatric News",
    year: 2019,
    doi: "10.1176/appi.pn.2019.pp3a5",
  },

  // --- AMPA receptor modulators --------------------------------------------------------------
  {
    // Its discussion calls CX516 "a relatively low-potency agent" with a short half-life.
    key: "goff2008",
    authors: "Goff DC, Lamberti JS, Leon AC, Green MF, Miller AL, Patel J, Manschreck T, Freudenreich O, Johnson SA",
    title: "A placebo-controlled add-on trial of the Ampakine, CX516, for cognitive deficits in schizophrenia",
    journal: "Neuropsychopharmacology",
    year: 2008,
    volume: "33",
    pages: "465-472",
    pmid: "17487227",
    doi: "10.1038/sj.npp.1301444",
  },
  {
    // Gives CX516 as 1-(quinoxalin-6-ylcarbonyl)piperidine. Volume and DOI not confirmed.
    key: "marenco2002",
    authors: "Marenco S, Egan MF, Goldberg TE, Knable MB, McClure RK, Winterer G, Weinberger DR",
    title: "Preliminary experience with an ampakine (CX516) as a single agent for the treatment of schizophrenia: a case series",
    journal: "Schizophr Res",
    year: 2002,
    pages: "221-226",
    url: "https://pure.johnshopkins.edu/en/publications/preliminary-experience-with-an-ampakine-cx516-as-a-single-agent-f",
  },
];

export const targets: TargetSeed[] = [
  { slug: "mglu2", name: "mGlu2 receptor", family: "Metabotropic glutamate receptors", geneSymbol: "GRM2" },
  { slug: "mglu3", name: "mGlu3 receptor", family: "Metabotropic glutamate receptors", geneSymbol: "GRM3" },
  // Heteromeric receptors: no single gene symbol.
  { slug: "nmda", name: "NMDA receptor", family: "Ionotropic glutamate receptors" },
  { slug: "ampa", name: "AMPA receptor", family: "Ionotropic glutamate receptors" },
];

export const mechanisms: MechanismSeed[] = [
  { slug: "antagonist", name: "Antagonist" },
  { slug: "agonist", name: "Agonist" },
  { slug: "noncompetitive-antagonist", name: "Noncompetitive antagonist" },
  { slug: "uncompetitive-channel-blocker", name: "Uncompetitive channel blocker" },
  { slug: "positive-allosteric-modulator", name: "Positive allosteric modulator" },
];

export const categories: CategorySeed[] = [
  {
    slug: "glutamate-receptor-ligands",
    name: "Glutamate receptor ligands",
    description:
      "Compounds that act at metabotropic or ionotropic glutamate receptors, the main excitatory transmitter system of the brain.",
  },
  {
    slug: "mglu-receptor-ligands",
    name: "mGlu2/3 receptor ligands",
    description: "Agonists and antagonists of the group II metabotropic glutamate receptors mGlu2 and mGlu3.",
  },
  {
    slug: "nmda-receptor-ligands",
    name: "NMDA receptor ligands",
    description: "Channel blockers, antagonists and modulators of the NMDA-type ionotropic glutamate receptor.",
  },
  {
    slug: "ampa-receptor-modulators",
    name: "AMPA receptor modulators",
    description: "Compounds that change how AMPA-type glutamate receptors respond to glutamate without being agonists themselves.",
  },
  {
    slug: "rapid-acting-antidepressant-research",
    name: "Rapid-acting antidepressant research",
    description: "Tools for studying fast-onset antidepressant mechanisms, with ketamine as the clinical reference point.",
  },
];

// Supplier specifications (purity, appearance, storage, availability, pack sizes, prices) are
// our own and are not literature claims. Solubility only where a source states it (ketamine HCl in water).
const ANHYDROUS_SOLID = "White to off-white solid";
const FREEZER = "Store at −20 °C, desiccated; protect from light";
const CONTROLLED =
  "Controlled substance — supplied only against a valid registration or licence; ships 1–2 weeks after documents are verified";

// Controlled status (ProductControl rows), checked for every product on 6 December 2026 against the
// two listings cited below (21 CFR 1308.11–1308.15 for the US, Misuse of Drugs Act 1971 Schedule 2
// for the UK), working from the listing texts recalled and excerpts found, not a fresh reading of
// today's registers. Findings, product by product:
// - B8106012 ketamine hydrochloride (the only ketamine salt in this seed): US Schedule III, UK Class B.
// - B8106013 esketamine hydrochloride: the S-enantiomer of ketamine, within both listings (US "its
//   salts, isomers, and salts of isomers"; UK Schedule 2 paragraphs on stereoisomers and salts).
// - B8106306 (2R,6R)-hydroxynorketamine hydrochloride: a ketamine metabolite, but not ketamine nor an
//   isomer of it (C13H16ClNO2 vs C13H16ClNO), so neither ketamine listing names it. Whether the UK
//   generic definition of 2-amino-2-phenylcyclohexanone derivatives (Class B, 2013) reaches a
//   ring-hydroxylated N-desmethyl compound was not settled here: no row, and staff should check it
//   before supplying it to the UK.
// - B8105958, B8105959 LY3020371 (HCl, free acid); B8106101 LY341495; B8106102 LY379268; B8106103
//   LY354740 (mGlu2/3 ligands, amino-acid glutamate analogues); B8106204 (+)-MK-801 maleate; B8106205
//   memantine HCl; B8106407 CX-516; B8106408 rapastinel: none is named in either listing as recalled,
//   and none is a salt or isomer of a listed substance. Not re-verified against the current register
//   text, so no "not scheduled" row is written for them: the page shows no controlled status.
const KETAMINE_CONTROLS = (what: string) => [
  {
    jurisdiction: "US-DEA",
    schedule: "Schedule III",
    ref: "cfr-21-1308-13",
    note: `${what}: listed as ketamine, its salts, isomers and salts of isomers (paragraph (c), DEA code 7285).`,
  },
  {
    jurisdiction: "UK-MDA",
    schedule: "Class B",
    ref: "mda-1971-sch2",
    note: `${what}: ketamine is Class B since 10 June 2014; the listing covers its stereoisomers and salts.`,
  },
];

// Activities shared by both forms of LY3020371: the potency values were measured with
// LY3020371.HCl (witkin2017invitro), so they sit on the hydrochloride record.
const ly3020371Potency: ActivitySeed[] = [
  {
    target: "mglu2",
    mechanism: "antagonist",
    measure: "Ki",
    value: 5.26,
    unit: "nM",
    species: "human",
    assay:
      "Displacement of the mGlu2/3 agonist radioligand [3H]-459477 from membranes of cells expressing recombinant hmGlu2 (tested as the HCl salt)",
    ref: "witkin2017invitro",
  },
  {
    target: "mglu3",
    mechanism: "antagonist",
    measure: "Ki",
    value: 2.5,
    unit: "nM",
    species: "human",
    assay: "Displacement of [3H]-459477 from membranes of cells expressing recombinant hmGlu3 (tested as the HCl salt)",
    ref: "witkin2017invitro",
  },
  {
    target: "mglu2",
    mechanism: "antagonist",
    measure: "IC50",
    value: 16.2,
    unit: "nM",
    species: "human",
    assay: "Blockade of DCG-IV-induced inhibition of forskolin-stimulated cAMP formation in hmGlu2-expressing cells",
    ref: "witkin2017invitro",
  },
  {
    target: "mglu3",
    mechanism: "antagonist",
    measure: "IC50",
    value: 6.21,
    unit: "nM",
    species: "human",
    assay: "Blockade of DCG-IV-induced inhibition of forskolin-stimulated cAMP formation in hmGlu3-expressing cells",
    ref: "witkin2017invitro",
  },
];

export const products: ProductSeed[] = [
  {
    catalogNumber: "B8105958",
    name: "LY3020371 hydrochloride",
    synonyms: ["LY3020371 HCl", "LY-3020371 hydrochloride", "LY3020371.HCl"],
    compound: { slug: "ly3020371", name: "LY3020371" },
    saltForm: "hydrochloride",
    // No CAS number found for this salt (nor for the free acid): left out.
    // (1S,2R,3S,4S,5R,6R)-2-amino-3-[(3,4-difluorophenyl)sulfanylmethyl]-4-hydroxybicyclo[3.1.0]hexane-2,6-dicarboxylic acid;
    // RDKit CIP labels of this SMILES: C1 S, C2 R, C3 S, C4 S, C5 R, C6 R.
    smiles: "Cl.N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31",
    // `expected` holds PubChem's computed identifiers, as a cross-check of the SMILES only: the data
    // sheet's identifiers are computed here from the structure, so it cites no source for them (the
    // vendor page these were read from is not a source a data sheet cites).
    expected: { formula: "C15H16ClF2NO5S", molecularWeight: 395.8, inchiKey: "XETSGLSGWGGOTN-JPWNOPPSSA-N" },
    purity: "≥98% (HPLC)",
    appearance: ANHYDROUS_SOLID,
    storage: FREEZER,
    availability: "In stock — ships within 2 business days",
    description:
      "LY3020371 hydrochloride is the HCl salt of an orthosteric antagonist of the group II metabotropic glutamate receptors mGlu2 and mGlu3, built on a hydroxylated, arylthiomethyl-substituted 2-aminobicyclo[3.1.0]hexane-2,6-dicarboxylic acid core. With recombinant human receptors it bound mGlu2 and mGlu3 with low-nanomolar Ki values and reversed agonist suppression of forskolin-stimulated cAMP, while showing high selectivity over the other mGlu subtypes. It is used to study whether mGlu2/3 blockade reproduces ketamine-like antidepressant-related effects in rodents and how its behavioural safety profile compares with that of ketamine.",
    references: [
      {
        ref: "witkin2017invitro",
        supports: "structure and stereochemistry; mechanism; binding and functional potency; mGlu subtype selectivity",
      },
      { ref: "witkin2017jpet", supports: "antidepressant-related effects in rodents compared with ketamine" },
      { ref: "witkin2017pbb", supports: "comparison with ketamine-associated neurotoxic, motor, cognitive and abuse-related effects" },
    ],
    activities: ly3020371Potency,
    categories: ["glutamate-receptor-ligands", "mglu-receptor-ligands", "rapid-acting-antidepressant-research"],
    packSizes: [
      { amount: 1, unit: "mg", prices: { USD: "165.00", EUR: "155.00", GBP: "130.00" } },
      { amount: 5, unit: "mg", prices: { USD: "595.00", EUR: "565.00", GBP: "475.00" } },
      { amount: 10, unit: "mg", prices: { USD: "980.00", EUR: "930.00", GBP: "785.00" } },
    ],
    featured: true,
  },
  {
    catalogNumber: "B8105959",
    name: "LY3020371",
    synonyms: ["LY-3020371", "LY3020371 free acid"],
    compound: { slug: "ly3020371", name: "LY3020371" },
    saltForm: "free acid",
    // No CAS number found: left out. Computed identifiers cross-checked as for B8105958 (not cited).
    // MW there is given to one decimal only (359.3), too coarse for the 0.05 tolerance against
    // RDKit's 359.35, so only formula and InChIKey are checked.
    smiles: "N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31",
    expected: { formula: "C15H15F2NO5S", inchiKey: "PVCLSZDVATUGHR-XJDZXMJWSA-N" },
    purity: "≥98% (HPLC)",
    appearance: ANHYDROUS_SOLID,
    storage: FREEZER,
    availability: "Made to order — lead time 3–4 weeks",
    description:
      "LY3020371 is the free amino-acid form of the mGlu2/3 receptor antagonist also offered as its hydrochloride (B8105958); both records share one parent compound. The molecule is an orthosteric, mGlu2/3-selective antagonist whose potency was characterised with the HCl salt in recombinant human receptor assays. It is intended for studies that call for the salt-free material, for example formulation work or comparison of salt forms.",
    references: [{ ref: "witkin2017invitro", supports: "structure and stereochemistry; mechanism" }],
    activities: [
      { target: "mglu2", mechanism: "antagonist", ref: "witkin2017invitro" },
      { target: "mglu3", mechanism: "antagonist", ref: "witkin2017invitro" },
    ],
    categories: ["glutamate-receptor-ligands", "mglu-receptor-ligands", "rapid-acting-antidepressant-research"],
    packSizes: [
      { amount: 5, unit: "mg", prices: { USD: "620.00", EUR: "590.00", GBP: "495.00" } },
      { amount: 10, unit: "mg", prices: { USD: "1020.00", EUR: "970.00", GBP: "815.00" } },
    ],
  },
  {
    catalogNumber: "B8106012",
    name: "Ketamine hydrochloride",
    synonyms: ["(±)-Ketamine hydrochloride", "(RS)-Ketamine HCl", "CI-581"],
    compound: { slug: "ketamine", name: "Ketamine (racemic)" },
    saltForm: "hydrochloride",
    cas: { number: "1867-66-9", ref: "usp28-ketamine-hcl" },
    // Racemate: no stereo marks, as in the GSRS record (InChIKey with the UHFFFAOYSA stereo block).
    smiles: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
    expected: { formula: "C13H17Cl2NO", molecularWeight: 274.19, inchiKey: "VCMGMSHEPQENPE-UHFFFAOYSA-N" },
    purity: "≥99% (HPLC)",
    appearance: "White crystalline solid",
    storage: "Store at room temperature, desiccated; protect from light",
    availability: CONTROLLED,
    controls: KETAMINE_CONTROLS("Racemic ketamine as its hydrochloride"),
    description:
      "Racemic ketamine hydrochloride is the HCl salt of 2-(2-chlorophenyl)-2-(methylamino)cyclohexanone, an arylcyclohexylamine that blocks NMDA receptors at a site thought to lie within the ion channel pore. In rat brain membranes it competes for the binding site labelled by [3H]MK-801. Clinical studies reported antidepressant effects of ketamine in depressed patients, including a randomized trial in treatment-resistant major depression, and it is the usual reference compound in preclinical work on rapid-acting antidepressant mechanisms.",
    references: [
      { ref: "gsrs-ketamine-hcl", supports: "structure (racemic), InChIKey and channel-site mechanism" },
      { ref: "wong1986", supports: "competition for [3H]MK-801 binding sites" },
      { ref: "marek2020", supports: "uncompetitive NMDA channel blocker; antidepressant-like effects in rats" },
      { ref: "berman2000", supports: "antidepressant effects in depressed patients" },
      { ref: "zarate2006", supports: "randomized trial in treatment-resistant major depression" },
      { ref: "witkin2017jpet", supports: "use as comparator for mGlu2/3 antagonists in rodents" },
      { ref: "usp28-ketamine-hcl", supports: "CAS number, formula and MW of the hydrochloride; solubility in water" },
    ],
    activities: [{ target: "nmda", mechanism: "uncompetitive-channel-blocker", ref: "gsrs-ketamine-hcl" }],
    // A lower bound: the monograph's test solution (1 g in 5 mL) is clear; saturation was not sought.
    solubility: [
      {
        solvent: "Water",
        maxMgPerMl: 200,
        atLeast: true,
        conditions: "1 g in 5 mL gives a clear, colourless solution",
        ref: "usp28-ketamine-hcl",
      },
    ],
    categories: ["glutamate-receptor-ligands", "nmda-receptor-ligands", "rapid-acting-antidepressant-research"],
    packSizes: [
      { amount: 100, unit: "mg", prices: { USD: "95.00", EUR: "90.00", GBP: "75.00" } },
      { amount: 500, unit: "mg", prices: { USD: "320.00", EUR: "305.00", GBP: "255.00" } },
      { amount: 1, unit: "g", prices: { USD: "550.00", EUR: "525.00", GBP: "440.00" } },
    ],
    featured: true,
  },
  {
    catalogNumber: "B8106013",
    name: "Esketamine hydrochloride",
    synonyms: ["(S)-Ketamine hydrochloride", "(S)-Ketamine HCl", "JNJ-54135419"],
    compound: { slug: "esketamine", name: "Esketamine ((S)-ketamine)" },
    saltForm: "hydrochloride",
    cas: { number: "33643-47-9", ref: "pheur-esketamine-hcl", note: "The free base is 33643-46-8 (DrugCentral)." },
    // (2S): RDKit CIP label S; InChIKey equals the GSRS record for esketamine hydrochloride.
    smiles: "Cl.CN[C@@]1(CCCCC1=O)c1ccccc1Cl",
    expected: { formula: "C13H17Cl2NO", molecularWeight: 274.19, inchiKey: "VCMGMSHEPQENPE-ZOWNYOTGSA-N" },
    purity: "≥99% (HPLC); ≥99% ee (chiral HPLC)",
    appearance: "White crystalline solid",
    storage: "Store at room temperature, desiccated; protect from light",
    availability: CONTROLLED,
    controls: KETAMINE_CONTROLS("(S)-ketamine (esketamine), an isomer of ketamine, as its hydrochloride"),
    description:
      "Esketamine hydrochloride is the HCl salt of (S)-ketamine, the S-enantiomer of racemic ketamine. Like the racemate, it blocks the NMDA receptor from within the open ion channel (uncompetitive antagonism), with higher affinity than (R)-ketamine. A nasal-spray formulation was approved in the USA in 2019 for treatment-resistant depression in adults, given together with an oral antidepressant; in the laboratory it is used alongside the racemate to separate enantiomer-specific effects.",
    references: [
      {
        ref: "gsrs-esketamine-hcl",
        supports: "structure and stereochemistry; InChIKey; mechanism; 2019 US approval for treatment-resistant depression",
      },
      { ref: "drugcentral-esketamine", supports: "mechanism; CAS number of the free base; approvals" },
      { ref: "pheur-esketamine-hcl", supports: "CAS number of the hydrochloride" },
      { ref: "zanos2018", supports: "channel-site (uncompetitive) NMDA receptor block; higher affinity than (R)-ketamine" },
    ],
    activities: [{ target: "nmda", mechanism: "uncompetitive-channel-blocker", ref: "zanos2018" }],
    categories: ["glutamate-receptor-ligands", "nmda-receptor-ligands", "rapid-acting-antidepressant-research"],
    packSizes: [
      { amount: 50, unit: "mg", prices: { USD: "145.00", EUR: "140.00", GBP: "115.00" } },
      { amount: 250, unit: "mg", prices: { USD: "520.00", EUR: "495.00", GBP: "415.00" } },
    ],
  },
  {
    catalogNumber: "B8106101",
    name: "LY341495",
    synonyms: ["LY-341495", "(2S)-2-Amino-2-[(1S,2S)-2-carboxycycloprop-1-yl]-3-(xanth-9-yl)propanoic acid"],
    compound: { slug: "ly341495", name: "LY341495" },
    saltForm: "free acid",
    // No CAS number found in a source: left out. RDKit CIP labels: C2 S, cyclopropane C1' S, C2' S.
    // The InChIKey is RDKit's own for this SMILES, pinned so that an edit cannot silently change
    // the stereochemistry; it is not attributed to a source.
    smiles: "N[C@](CC1c2ccccc2Oc2ccccc21)(C(=O)O)[C@H]1C[C@@H]1C(=O)O",
    expected: { formula: "C20H19NO5", molecularWeight: 353.37, inchiKey: "VLZBRVJVCCNPRJ-KPHUOKFYSA-N" },
    purity: "≥98% (HPLC)",
    appearance: ANHYDROUS_SOLID,
    storage: FREEZER,
    availability: "In stock — ships within 2 business days",
    description:
      "LY341495 is a xanthylmethyl-substituted carboxycyclopropyl glycine that antagonises group II metabotropic glutamate receptors. At recombinant human receptors it blocked agonist-induced inhibition of forskolin-stimulated cAMP with IC50 values of 21 nM (mGlu2) and 14 nM (mGlu3), and was considerably weaker at mGlu8, mGlu7, group I receptors and mGlu4. It is used to block mGlu2/3 receptors in vitro and in vivo, and in tritiated form as an mGlu2/3 antagonist radioligand.",
    references: [
      { ref: "kingston1998", supports: "mechanism; potency and subtype selectivity at human mGlu receptors" },
      { ref: "monn2007", supports: "structure and stereochemistry; use of [3H]LY341495 as radioligand" },
    ],
    activities: [
      {
        target: "mglu2",
        mechanism: "antagonist",
        measure: "IC50",
        value: 21,
        unit: "nM",
        species: "human",
        assay: "Antagonism of 1S,3R-ACPD-induced inhibition of forskolin-stimulated cAMP formation in cells expressing recombinant mGlu2",
        ref: "kingston1998",
      },
      {
        target: "mglu3",
        mechanism: "antagonist",
        measure: "IC50",
        value: 14,
        unit: "nM",
        species: "human",
        assay: "Antagonism of 1S,3R-ACPD-induced inhibition of forskolin-stimulated cAMP formation in cells expressing recombinant mGlu3",
        ref: "kingston1998",
      },
    ],
    categories: ["glutamate-receptor-ligands", "mglu-receptor-ligands"],
    packSizes: [
      { amount: 1, unit: "mg", prices: { USD: "125.00", EUR: "120.00", GBP: "100.00" } },
      { amount: 5, unit: "mg", prices: { USD: "420.00", EUR: "400.00", GBP: "335.00" } },
      { amount: 10, unit: "mg", prices: { USD: "690.00", EUR: "655.00", GBP: "550.00" } },
    ],
    featured: true,
  },
  {
    catalogNumber: "B8106102",
    name: "LY379268",
    synonyms: ["LY-379268", "(−)-2-Oxa-4-aminobicyclo[3.1.0]hexane-4,6-dicarboxylic acid"],
    compound: { slug: "ly379268", name: "LY379268" },
    saltForm: "free acid",
    // CAS 191471-52-0 seen only on secondary pages: left out. No InChIKey from a source was found.
    // Stereo: (1R,4R,5S,6R) as given on a secondary encyclopedia page; this SMILES is LY354740's
    // (1S,2S,5R,6S) skeleton with the ring CH2 next to the bridgehead replaced by O (the same
    // spatial arrangement), and RDKit labels it C1 R, C4 R, C5 S, C6 R, consistent with that name.
    smiles: "N[C@@]1(C(=O)O)CO[C@H]2[C@H](C(=O)O)[C@@H]12",
    expected: { formula: "C7H9NO5", molecularWeight: 187.15 },
    purity: "≥98% (HPLC)",
    appearance: ANHYDROUS_SOLID,
    storage: FREEZER,
    availability: "In stock — ships within 2 business days",
    description:
      "LY379268 is a heterobicyclic amino acid, the 2-oxa analogue of the bicyclo[3.1.0]hexane scaffold of LY354740, that acts as an agonist at the group II metabotropic glutamate receptors mGlu2 and mGlu3. It has been studied in rodent models related to schizophrenia, for example hyperlocomotion and social-interaction deficits induced by NMDA receptor antagonists.",
    references: [{ ref: "maksymetz2017", supports: "mechanism; use in rodent models" }],
    activities: [
      { target: "mglu2", mechanism: "agonist", ref: "maksymetz2017" },
      { target: "mglu3", mechanism: "agonist", ref: "maksymetz2017" },
    ],
    categories: ["glutamate-receptor-ligands", "mglu-receptor-ligands"],
    packSizes: [
      { amount: 5, unit: "mg", prices: { USD: "185.00", EUR: "175.00", GBP: "150.00" } },
      { amount: 25, unit: "mg", prices: { USD: "690.00", EUR: "655.00", GBP: "550.00" } },
    ],
  },
  {
    catalogNumber: "B8106103",
    name: "LY354740",
    synonyms: ["Eglumetad", "Eglumegad", "LY-354740", "(+)-2-Aminobicyclo[3.1.0]hexane-2,6-dicarboxylic acid"],
    compound: { slug: "ly354740", name: "LY354740 (eglumegad)" },
    saltForm: "free acid",
    cas: { number: "176199-48-7", ref: "gsrs-eglumetad" },
    // (1S,2S,5R,6S) per marek2020; RDKit CIP labels
    // C1 S, C2 S, C5 R, C6 S. The compound was used clinically as the monohydrate; we sell the
    // anhydrous free acid, so the expected values are those of C8H11NO4.
    smiles: "N[C@@]1(C(=O)O)CC[C@H]2[C@H](C(=O)O)[C@@H]12",
    expected: { formula: "C8H11NO4", molecularWeight: 185.18, inchiKey: "VTAARTQTOOYTES-RGDLXGNYSA-N" },
    purity: "≥98% (HPLC)",
    appearance: ANHYDROUS_SOLID,
    storage: FREEZER,
    availability: "In stock — ships within 2 business days",
    description:
      "LY354740 (eglumegad) is (+)-2-aminobicyclo[3.1.0]hexane-2,6-dicarboxylic acid, a conformationally constrained glutamate analogue and selective agonist of group II metabotropic glutamate receptors. In cells expressing human receptors it suppressed forskolin-stimulated cAMP with EC50 values of 5.1 nM at mGlu2 and 24.3 nM at mGlu3, without appreciable activity at group I or group III mGlu receptors or at AMPA (GluR4) and kainate (GluR6) receptors. It was reported as an orally active group 2 agonist with anxiolytic-like and anticonvulsant effects in mice; it is supplied here as the anhydrous free acid.",
    references: [
      { ref: "schoepp1997", supports: "mechanism; potency and selectivity at human receptors" },
      { ref: "monn1997", supports: "design, enantiomer identity and oral activity in mice" },
      { ref: "marek2020", supports: "stereochemistry (1S,2S,5R,6S)" },
      { ref: "gsrs-eglumetad", supports: "INN eglumetad (also written eglumegad); CAS number of the free acid" },
    ],
    activities: [
      {
        target: "mglu2",
        mechanism: "agonist",
        measure: "EC50",
        value: 5.1,
        unit: "nM",
        species: "human",
        assay: "Suppression of forskolin-stimulated cAMP formation in RGT cells expressing recombinant mGlu2",
        ref: "schoepp1997",
      },
      {
        target: "mglu3",
        mechanism: "agonist",
        measure: "EC50",
        value: 24.3,
        unit: "nM",
        species: "human",
        assay: "Suppression of forskolin-stimulated cAMP formation in RGT cells expressing recombinant mGlu3",
        ref: "schoepp1997",
      },
    ],
    categories: ["glutamate-receptor-ligands", "mglu-receptor-ligands"],
    packSizes: [
      { amount: 5, unit: "mg", prices: { USD: "145.00", EUR: "140.00", GBP: "115.00" } },
      { amount: 25, unit: "mg", prices: { USD: "525.00", EUR: "500.00", GBP: "420.00" } },
      { amount: 100, unit: "mg", prices: { USD: "1580.00", EUR: "1500.00", GBP: "1265.00" } },
    ],
  },
  {
    catalogNumber: "B8106204",
    name: "(+)-MK-801 hydrogen maleate",
    synonyms: ["Dizocilpine maleate", "MK-801 maleate", "(+)-5-Methyl-10,11-dihydro-5H-dibenzo[a,d]cyclohepten-5,10-imine maleate"],
    compound: { slug: "dizocilpine", name: "Dizocilpine ((+)-MK-801)" },
    saltForm: "maleate",
    // The maleate is the form described by wong1986. Its CAS number could not be confirmed (only
    // the free base's, 77086-21-6, was seen, on secondary pages), so no CAS is given.
    // Stereo: the free-base part is the ChemSpider-verified SMILES of (+)-dizocilpine (InChIKey
    // LBOJYSIDWZQNJS-CVEARBPZSA-N, /m1). RDKit labels it (5S,10R); the same source's IUPAC name
    // says (5R,10S)-(+). The name disagrees with its own structure; no primary record was found to
    // settle the descriptors, so no InChIKey is asserted for the salt and only the formula is checked.
    // Caution: re-writing this SMILES by hand easily inverts it (one rewrite gave /m0).
    smiles: "C[C@]1(C2=C(C[C@H]3N1)C=CC=C2)C4=C3C=CC=C4.OC(=O)/C=C\\C(=O)O",
    expected: { formula: "C20H19NO4" },
    purity: "≥98% (HPLC)",
    appearance: ANHYDROUS_SOLID,
    storage: "Store at room temperature, desiccated; protect from light",
    availability: "In stock — ships within 2 business days",
    description:
      "(+)-MK-801 (dizocilpine) hydrogen maleate is a high-affinity, noncompetitive NMDA receptor antagonist. Tritiated MK-801 binds rat brain membranes with a Kd of about 37 nM at sites whose pharmacology matches NMDA receptor blockers such as phencyclidine and ketamine, and MK-801 selectively blocks NMDA-evoked, but not kainate- or quisqualate-evoked, depolarisation in cortical slices. Its block is strongly use-dependent, consistent with action in the receptor-associated ion channel; it is offered as a reference NMDA channel blocker, and the tritiated compound is the classic radioligand for this site.",
    references: [
      { ref: "wong1986", supports: "salt form; mechanism; [3H]MK-801 binding affinity and pharmacology" },
      { ref: "woodruff1987", supports: "use-dependent block at the NMDA receptor-associated ion channel" },
      { ref: "gtopdb-dizocilpine", supports: "structure of (+)-MK-801" },
    ],
    activities: [
      {
        target: "nmda",
        mechanism: "noncompetitive-antagonist",
        measure: "Kd",
        value: 37.2,
        unit: "nM",
        species: "rat",
        assay: "[3H]MK-801 binding to rat brain membranes",
        ref: "wong1986",
      },
      { target: "nmda", mechanism: "uncompetitive-channel-blocker", ref: "woodruff1987" },
    ],
    categories: ["glutamate-receptor-ligands", "nmda-receptor-ligands"],
    packSizes: [
      { amount: 5, unit: "mg", prices: { USD: "95.00", EUR: "90.00", GBP: "75.00" } },
      { amount: 25, unit: "mg", prices: { USD: "345.00", EUR: "330.00", GBP: "275.00" } },
      { amount: 100, unit: "mg", prices: { USD: "990.00", EUR: "940.00", GBP: "790.00" } },
    ],
  },
  {
    catalogNumber: "B8106205",
    name: "Memantine hydrochloride",
    synonyms: ["3,5-Dimethyladamantan-1-amine hydrochloride", "D-145 hydrochloride"],
    compound: { slug: "memantine", name: "Memantine" },
    saltForm: "hydrochloride",
    cas: { number: "41100-52-1", ref: "probesdrugs-memantine" },
    // Achiral adamantane: no stereo marks (GSRS: ACHIRAL). Note: a vendor page lists this salt with a
    // second InChIKey, LDDHMLJTFXJGPI-VXMZOEJHSA-N (a stereo block on an achiral molecule); RDKit and
    // GSRS agree on the UHFFFAOYSA key used here.
    smiles: "Cl.CC12CC3CC(C)(C1)CC(N)(C3)C2",
    expected: { formula: "C12H22ClN", molecularWeight: 215.76, inchiKey: "LDDHMLJTFXJGPI-UHFFFAOYSA-N" },
    purity: "≥99% (HPLC)",
    appearance: "White crystalline solid",
    storage: "Store at room temperature, desiccated",
    availability: "In stock — ships within 2 business days",
    description:
      "Memantine hydrochloride is the HCl salt of 3,5-dimethyladamantan-1-amine, a low- to moderate-affinity uncompetitive (open-channel) NMDA receptor antagonist approved for moderate to severe dementia of the Alzheimer's type. It also antagonises 5-HT3 receptors with a potency similar to that at NMDA receptors and blocks nicotinic acetylcholine receptors several-fold less potently. It provides a low-affinity channel blocker for comparison with higher-affinity blockers such as MK-801.",
    references: [
      { ref: "gsrs-memantine-hcl", supports: "structure; InChIKey; mechanism; approved indication; off-target activity" },
      { ref: "probesdrugs-memantine", supports: "CAS number (secondary source)" },
    ],
    activities: [{ target: "nmda", mechanism: "uncompetitive-channel-blocker", ref: "gsrs-memantine-hcl" }],
    categories: ["glutamate-receptor-ligands", "nmda-receptor-ligands"],
    packSizes: [
      { amount: 100, unit: "mg", prices: { USD: "65.00", EUR: "60.00", GBP: "50.00" } },
      { amount: 500, unit: "mg", prices: { USD: "195.00", EUR: "185.00", GBP: "155.00" } },
      { amount: 1, unit: "g", prices: { USD: "320.00", EUR: "305.00", GBP: "255.00" } },
    ],
  },
  {
    catalogNumber: "B8106306",
    name: "(2R,6R)-Hydroxynorketamine hydrochloride",
    synonyms: ["(2R,6R)-HNK hydrochloride", "(2R,6R)-2-Amino-2-(2-chlorophenyl)-6-hydroxycyclohexan-1-one hydrochloride"],
    compound: { slug: "2r6r-hydroxynorketamine", name: "(2R,6R)-Hydroxynorketamine" },
    // Sold as the hydrochloride (our product form).
    saltForm: "hydrochloride",
    // No CAS number for the (2R,6R) isomer was found (81395-70-2 is stereo-unspecified): left out.
    // No InChIKey for the (2R,6R) salt was found; formula and MW (276.16) are those listed for the
    // stereo-unspecified hydrochloride on a vendor page. RDKit CIP labels of this SMILES: C2 R, C6 R.
    smiles: "Cl.N[C@@]1(c2ccccc2Cl)CCC[C@@H](O)C1=O",
    expected: { formula: "C12H15Cl2NO2", molecularWeight: 276.16 },
    purity: "≥98% (HPLC); ≥98% de",
    appearance: ANHYDROUS_SOLID,
    storage: FREEZER,
    availability: "Made to order — lead time 3–4 weeks",
    description:
      "(2R,6R)-Hydroxynorketamine is a hydroxylated metabolite of ketamine, supplied here as the hydrochloride. Zanos and colleagues reported that it produced antidepressant-like actions in mice that did not depend on NMDA receptor inhibition, whereas others have reported that it does block NMDA receptors and affects downstream signalling, so its mechanism remains debated. It has since entered clinical testing: a phase 1 study in healthy volunteers examined the safety, pharmacokinetics and EEG effects of single and repeated intravenous doses. It is used to study how ketamine metabolites contribute to rapid antidepressant-like effects.",
    references: [
      {
        ref: "zanos2016",
        supports: "identity as a ketamine metabolite; antidepressant-like actions in mice; NMDA-inhibition-independent mechanism proposed",
      },
      { ref: "kavalali2018", supports: "report of NMDA receptor block by (2R,6R)-HNK" },
      { ref: "raja2024", supports: "phase 1 clinical study in healthy volunteers" },
    ],
    // No target/mechanism is listed: the published mechanism is disputed.
    activities: [],
    categories: ["rapid-acting-antidepressant-research"],
    packSizes: [
      { amount: 5, unit: "mg", prices: { USD: "380.00", EUR: "360.00", GBP: "305.00" } },
      { amount: 10, unit: "mg", prices: { USD: "650.00", EUR: "620.00", GBP: "520.00" } },
    ],
    featured: true,
  },
  {
    catalogNumber: "B8106407",
    name: "CX-516",
    synonyms: ["CX516", "1-(Quinoxalin-6-ylcarbonyl)piperidine"],
    compound: { slug: "cx-516", name: "CX-516" },
    saltForm: "free base",
    // CAS deliberately omitted: vendors disagree (154235-83-3 vs 173047-75-1) and no primary
    // database record was found to resolve it. Achiral; no InChIKey from a source was found.
    smiles: "O=C(c1ccc2nccnc2c1)N1CCCCC1",
    expected: { formula: "C14H15N3O", molecularWeight: 241.29 },
    purity: "≥98% (HPLC)",
    appearance: "Off-white to pale yellow solid",
    storage: "Store at 2–8 °C, desiccated",
    availability: "In stock — ships within 2 business days",
    description:
      "CX-516 (1-(quinoxalin-6-ylcarbonyl)piperidine) is an ampakine, a positive allosteric modulator that binds an allosteric site on the AMPA receptor and prolongs channel opening in response to glutamate. It was the first ampakine tested for cognitive deficits in schizophrenia; in a four-week placebo-controlled add-on trial it did not improve cognition or symptoms. Its trial report describes it as a relatively low-potency agent with a short half-life; it is used as a reference AMPA receptor potentiator in studies of glutamatergic plasticity.",
    references: [
      { ref: "goff2008", supports: "mechanism (AMPA receptor positive allosteric modulation); clinical trial outcome; low potency" },
      { ref: "marenco2002", supports: "chemical identity (1-(quinoxalin-6-ylcarbonyl)piperidine)" },
    ],
    activities: [{ target: "ampa", mechanism: "positive-allosteric-modulator", ref: "goff2008" }],
    categories: ["glutamate-receptor-ligands", "ampa-receptor-modulators"],
    packSizes: [
      { amount: 10, unit: "mg", prices: { USD: "85.00", EUR: "80.00", GBP: "70.00" } },
      { amount: 50, unit: "mg", prices: { USD: "295.00", EUR: "280.00", GBP: "235.00" } },
      { amount: 250, unit: "mg", prices: { USD: "980.00", EUR: "930.00", GBP: "785.00" } },
    ],
  },
  {
    catalogNumber: "B8106408",
    name: "Rapastinel",
    synonyms: ["GLYX-13", "BV-102", "Thr-Pro-Pro-Thr-NH2", "L-Threonyl-L-prolyl-L-prolyl-L-threoninamide"],
    compound: { slug: "rapastinel", name: "Rapastinel (GLYX-13)" },
    saltForm: "free base",
    // CAS 117928-94-6 seen only on vendor and encyclopedia pages: left out. The InChIKey is RDKit's
    // own for this SMILES (pinned, not attributed). All four residues L; RDKit CIP labels: Thr (2S,3R), Pro S, Pro S, Thr-NH2 (2S,3R).
    smiles: "C[C@H]([C@@H](C(=O)N1CCC[C@H]1C(=O)N2CCC[C@H]2C(=O)N[C@@H]([C@@H](C)O)C(=O)N)N)O",
    expected: { formula: "C18H31N5O6", molecularWeight: 413.47, inchiKey: "GIBQQARAXHVEGD-BSOLPCOYSA-N" },
    purity: "≥98% (HPLC)",
    appearance: "White lyophilised powder",
    storage: FREEZER,
    availability: "In stock — ships within 2 business days",
    description:
      "Rapastinel (GLYX-13) is the C-terminally amidated tetrapeptide Thr-Pro-Pro-Thr-NH2. It was first described as a functional partial agonist at the glycine site of the NMDA receptor; later work characterises it as a positive modulator that enhances NMDA receptor function through a site independent of the glycine co-agonist site. In rats it was antinociceptive at doses that did not cause ataxia and showed rapid antidepressant-like effects without the psychotomimetic effects of NMDA receptor antagonists. In patients, however, three phase 3 trials of adjunctive intravenous rapastinel in major depressive disorder did not separate from placebo (2019). It is used to study positive modulation of NMDA receptor function as an alternative to channel block.",
    references: [
      { ref: "moskal2017", supports: "sequence Thr-Pro-Pro-Thr-NH2; antidepressant-like effects in rodents" },
      { ref: "donello2019", supports: "current mechanism: positive NMDA receptor modulation independent of the glycine site" },
      { ref: "glyx13-neuroreport2008", supports: "original glycine-site description; antinociception in rat models" },
      { ref: "moskal2014", supports: "cognitive and antidepressant-like effects without psychotomimetic effects" },
      {
        ref: "psychnews2019-rapastinel",
        supports: "three phase 3 trials in major depressive disorder that missed their primary endpoint (2019)",
      },
    ],
    activities: [{ target: "nmda", mechanism: "positive-allosteric-modulator", ref: "donello2019" }],
    categories: ["glutamate-receptor-ligands", "nmda-receptor-ligands", "rapid-acting-antidepressant-research"],
    packSizes: [
      { amount: 5, unit: "mg", prices: { USD: "120.00", EUR: "115.00", GBP: "95.00" } },
      { amount: 25, unit: "mg", prices: { USD: "420.00", EUR: "400.00", GBP: "335.00" } },
      { amount: 100, unit: "mg", prices: { USD: "1250.00", EUR: "1190.00", GBP: "1000.00" } },
    ],
    featured: true,
  },
];
