import { extractionFigures } from './extraction';
console.log(await extractionFigures());
