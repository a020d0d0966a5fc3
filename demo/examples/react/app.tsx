// React 19 passes objects to custom elements as properties and listens to their custom events with
// `on` + the event name, so the SDK needs no wrapper.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'izp-sdk/define';
import { MemoryAdapter, type Plan, type User } from 'izp-sdk/core';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'izp-plan': {
        'patient-id': string;
        'patient-name'?: string;
        lang?: string;
        adapter: MemoryAdapter;
        user: User;
        'onizp-plan-created'?: (event: CustomEvent<{ plan: Plan }>) => void;
      };
    }
  }
}

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
