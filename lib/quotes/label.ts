/** The number as printed: the first revision is the bare number, later ones carry "-R2", "-R3" … */
export function quoteLabel({ number, revision }: { number: string; revision: number }) {
  return revision > 1 ? `${number}-R${revision}` : number;
}
