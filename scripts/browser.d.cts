export function findChromium(): { executablePath: string | undefined; source: string } | undefined;
