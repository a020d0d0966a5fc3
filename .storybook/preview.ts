import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

/** The vendor theme shows that a KIS can restyle the module with tokens alone. */
const vendorTheme = `
  --izp-color-primary: #6b2460; --izp-color-focus: #b8860b; --izp-font-family: Georgia, 'Times New Roman', serif;
  --izp-radius: 0; --izp-density: 0.8; --izp-color-surface-alt: #f7f1f6;`;

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [{ value: 'default', title: 'Default' }, { value: 'vendor', title: 'Vendor (KIS)' }], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'nl', title: 'Nederlands' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'default', locale: 'nl' },
  tags: ['autodocs'],
  // msw for the stories through the REST API; every other request passes through untouched.
  loaders: [mswLoader()],
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.locale as string | undefined) ?? 'nl';
      const root = document.getElementById('storybook-root');
      root?.setAttribute('style', context.globals.theme === 'vendor' ? vendorTheme : '');
      // A story stands in a host page: one main landmark and a page heading, as a real host has.
      return html`<main><h1 style="font: 600 1rem system-ui; margin: 0 0 0.75rem">${context.title.replace('Elements/', '')}: ${context.name}</h1>${story()}</main>`;
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
