// React 19 passes objects to custom elements as properties and listens to their custom events with
// `on` + the event name, so the SDK needs no wrapper. `izp-sdk/react` types the elements in JSX (generated from
// custom-elements.json): attributes, properties and each event's `detail`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'izp-sdk/define';
import type {} from 'izp-sdk/react';
import { MemoryAdapter, type User } from 'izp-sdk/core';

const adapter = new MemoryAdapter();
const user: User = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };

function App() {
  const [status, setStatus] = useState('no plan yet');
  return (
    <main>
      <h1>React host</h1>
      <izp-plan patient-id="pat-degroot" patient-name="Dhr. J. de Groot" lang="nl" adapter={adapter} user={user}
        onizp-plan-created={(e) => setStatus(`created ${e.detail.plan.status}`)} />
      <p id="log" role="status">{status}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
