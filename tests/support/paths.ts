export const SITE_DIST = 'dist';
export const BASE_DIST = 'test-results/dist-base';
export const SUB_PATH = '/tuyen-truyen/';
export const SCREENSHOT_DIR = 'test-results/screenshots';
export const BUILD_LOG_DIR = 'test-results/build-logs';
