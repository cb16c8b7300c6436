export function findChromium(): Promise<{ executablePath: string | undefined; source: string } | undefined>;
