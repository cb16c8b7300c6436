// Where a product's documents are served and what their downloads are called; shared by the pages
// that link them and the routes that serve them (app/(site)/products/[catalogNumber]/…).

export const datasheetPath = (catalogNumber: string) => `/products/${encodeURIComponent(catalogNumber)}/datasheet.pdf`;
export const datasheetFilename = (catalogNumber: string) => `Datasheet-${catalogNumber}.pdf`;

export const sdsPath = (catalogNumber: string, language: string) => `/products/${encodeURIComponent(catalogNumber)}/sds/${language}.pdf`;
/** The download's own name, whatever the uploaded file was called. */
export const sdsFilename = (catalogNumber: string, language: string) => `SDS-${catalogNumber}-${language}.pdf`;
