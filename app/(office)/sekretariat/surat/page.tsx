import { redirect } from "next/navigation";

/** The registers start at the incoming letters. */
export default function SuratIndex() {
  redirect("/sekretariat/surat/masuk");
}
