/** The DPRD mark on letterheads (public/logo-dprd.png: the same file the site serves). */
export const PDF_LOGO = `${process.cwd()}/public/logo-dprd.png`;
