import { createRoot } from 'react-dom/client';
import 'relations-map';

function App() {
  return (
    <>
      <h1>React 19</h1>
      <relations-map
        year="2017"
        zoom="5"
        center="101.7,3.1"
        loading="eager"
        style={{ width: 800, height: 500 }}
      />
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
