import { pageLoadFigures } from './page-load';
console.log(await pageLoadFigures(Number(process.env.N ?? 2)));
