export interface StartSettings {
  apiPort: string;
  portalPort: string;
  database: string;
}
export function startSettings(env?: Record<string, string | undefined>): StartSettings;
export function startBanner(settings: StartSettings): string;
