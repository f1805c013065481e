import { downloadRoute, targetSetPaths } from '../../lib/infographics/downloads.ts';

export const getStaticPaths = targetSetPaths;
export const GET = downloadRoute('xlsx');
