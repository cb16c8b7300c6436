import type { ProductFormValues } from "./product-form";

export const blankProduct: ProductFormValues = {
  catalogNumber: "",
  name: "",
  saltForm: "",
  parent: "",
  smiles: "",
  cas: "",
  synonyms: "",
  purity: "",
  appearance: "",
  storage: "",
  availability: "",
  description: "",
};
