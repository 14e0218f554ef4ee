/**
 * The council's emblem, drawn inline in the header. As an `<img>` the SVG cost each page ~40 ms of main
 * thread on this machine (the browser builds a separate document for an SVG image, and its `<text>` had to
 * match a font); inline, with the word drawn as a path, it is part of the page's own layout. The same drawing
 * is in `public/logo-dprd.svg` (the favicon). The word is "DPRD" in Liberation Sans Bold (Arial's metrics).
 */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 72" width={40} height={45} aria-hidden="true" focusable="false" className={className}>
      <path
        d="M32 2 L60 12 V36 C60 54 47 65 32 70 C17 65 4 54 4 36 V12 Z"
        fill="#0b3d6e"
        stroke="#c9a227"
        strokeWidth="3"
      />
      <path
        d="M14 44 C20 40 26 48 32 44 C38 40 44 48 50 44"
        fill="none"
        stroke="#ffffff"
        strokeWidth="3"
        strokeLinecap="round"
      />
      <path
        d="M14 52 C20 48 26 56 32 52 C38 48 44 56 50 52"
        fill="none"
        stroke="#7fb2e5"
        strokeWidth="3"
        strokeLinecap="round"
      />
      <path
        fill="#ffffff"
        d="M21.7 28.1Q21.7 29.3 21.3 30.2Q21 31.1 20.3 31.8Q19.7 32.4 18.8 32.7Q18 33 17 33L13.1 33L13.1 23.4L16.6 23.4Q17.7 23.4 18.6 23.6Q19.6 23.9 20.3 24.5Q20.9 25.1 21.3 26Q21.7 26.9 21.7 28.1ZM19.7 28.1Q19.7 27.3 19.4 26.7Q19.2 26.1 18.8 25.7Q18.4 25.3 17.8 25.1Q17.2 24.9 16.5 24.9L15.1 24.9L15.1 31.4L16.8 31.4Q17.4 31.4 18 31.2Q18.5 31 18.8 30.6Q19.2 30.2 19.4 29.6Q19.7 28.9 19.7 28.1ZM31.1 26.4Q31.1 27 30.9 27.6Q30.7 28.2 30.3 28.6Q29.9 29.1 29.2 29.3Q28.5 29.6 27.6 29.6L25.2 29.6L25.2 33L23.2 33L23.2 23.4L27.5 23.4Q28.5 23.4 29.1 23.6Q29.8 23.8 30.3 24.2Q30.7 24.6 30.9 25.2Q31.1 25.7 31.1 26.4ZM29.1 26.5Q29.1 25.7 28.7 25.3Q28.2 24.9 27.3 24.9L25.2 24.9L25.2 28.1L27.4 28.1Q27.8 28.1 28.1 27.9Q28.5 27.8 28.7 27.6Q28.9 27.4 29 27.1Q29.1 26.8 29.1 26.5ZM39.2 33L36.9 29.3L34.6 29.3L34.6 33L32.6 33L32.6 23.4L37.4 23.4Q38.3 23.4 38.9 23.6Q39.6 23.8 40.1 24.1Q40.5 24.5 40.7 25Q41 25.6 41 26.2Q41 26.8 40.8 27.2Q40.6 27.7 40.4 28Q40.1 28.4 39.7 28.6Q39.3 28.8 38.8 29L41.4 33ZM38.9 26.3Q38.9 25.6 38.5 25.3Q38 24.9 37.2 24.9L34.6 24.9L34.6 27.8L37.2 27.8Q37.7 27.8 38 27.7Q38.3 27.6 38.5 27.4Q38.7 27.2 38.8 26.9Q38.9 26.6 38.9 26.3ZM51.2 28.1Q51.2 29.3 50.9 30.2Q50.5 31.1 49.9 31.8Q49.3 32.4 48.4 32.7Q47.5 33 46.6 33L42.7 33L42.7 23.4L46.1 23.4Q47.3 23.4 48.2 23.6Q49.1 23.9 49.8 24.5Q50.5 25.1 50.9 26Q51.2 26.9 51.2 28.1ZM49.2 28.1Q49.2 27.3 49 26.7Q48.8 26.1 48.3 25.7Q47.9 25.3 47.4 25.1Q46.8 24.9 46.1 24.9L44.7 24.9L44.7 31.4L46.4 31.4Q47 31.4 47.5 31.2Q48 31 48.4 30.6Q48.8 30.2 49 29.6Q49.2 28.9 49.2 28.1Z"
      />
      <circle cx="32" cy="15" r="3.5" fill="#c9a227" />
    </svg>
  );
}
