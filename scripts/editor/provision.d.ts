export function provision(): void;
export function isProvisioned(): boolean;
