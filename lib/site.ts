/** Contact details shown on the public site; set the office's real ones through the environment. */
export const site = {
  name: "Sekretariat DPRD Kota Balikpapan",
  addressLines: (process.env.SITE_ADDRESS || "Jl. Jenderal Sudirman No. 1, Klandasan Ulu|Balikpapan Kota, Balikpapan 76112|Kalimantan Timur").split("|"),
  phone: process.env.SITE_PHONE || "(0542) 421000",
  whatsapp: process.env.SITE_WHATSAPP || "0811-5400-0000",
  email: process.env.SITE_EMAIL || "aspirasi@dprd.balikpapan.go.id",
  hours: "Senin–Jumat, 08.00–16.00 WITA",
};
