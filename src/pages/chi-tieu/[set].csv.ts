import { downloadRoute, targetSetPaths } from '../../lib/target-downloads.ts';

export const getStaticPaths = targetSetPaths;
export const GET = downloadRoute('csv');
