import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// The icon's square background is already the brand colour and its motif sits in the safe zone,
// so the maskable icon needs no extra padding or white border.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    transparent: { ...minimal2023Preset.transparent, padding: 0 },
    maskable: {
      ...minimal2023Preset.maskable,
      padding: 0,
      resizeOptions: { background: '#1a5c85' }
    },
    apple: { ...minimal2023Preset.apple, padding: 0, resizeOptions: { background: '#1a5c85' } }
  },
  images: ['static/icon.svg']
});
