// The validated site identity, loaded once for pages and components.
import { loadSiteConfig } from './config.ts';

export const site = loadSiteConfig();
