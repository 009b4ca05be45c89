// The demo page needs the elements only; the library's exports (validateDataset and the types) live in index.ts.
import './components/relations-map';
