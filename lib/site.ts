import { env } from "@/lib/env";
/** Contact details shown on the public site; set the office's real ones through the environment. */
export const site = {
  name: "Sekretariat DPRD Kota Balikpapan",
  get addressLines(): string[] {
    return env().SITE_ADDRESS.split("|");
  },
  get phone(): string {
    return env().SITE_PHONE;
  },
  get whatsapp(): string {
    return env().SITE_WHATSAPP;
  },
  get email(): string {
    return env().SITE_EMAIL;
  },
  hours: "Senin–Jumat, 08.00–16.00 WITA",
};
