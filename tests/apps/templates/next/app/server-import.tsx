// Importing the package where the server renders (Node, no DOM) throws nothing and defines nothing.
import { RelationsMap, validateDataset } from 'relations-map';

export const serverSees = { element: typeof RelationsMap, validates: typeof validateDataset };
