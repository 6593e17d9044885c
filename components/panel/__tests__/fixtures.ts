/** A tab whose case `C-1` was read, with one message saying `text`. */
export function readyTabCase(text: string, at = 1) {
  return {
    status: 'ready' as const,
    at,
    extraction: {
      adapterId: 'demo',
      missing: [],
      case: {
        id: 'C-1',
        console: 'demo',
        url: 'https://console.example.com/cases/C-1',
        items: [{ id: 'm1', author: 'a', role: 'other' as const, text, media: [] }],
      },
    },
  };
}
