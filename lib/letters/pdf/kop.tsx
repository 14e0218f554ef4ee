import { Text, View } from "@react-pdf/renderer";
import { site } from "@/lib/site";
import { pdf } from "./styles";

/** The letterhead of the Secretariat. */
export function Kop() {
  return (
    <View>
      <Text style={pdf.kopTitle}>DEWAN PERWAKILAN RAKYAT DAERAH KOTA BALIKPAPAN</Text>
      <Text style={pdf.kopSub}>SEKRETARIAT DPRD</Text>
      <Text style={pdf.kopAddress}>{`${site.addressLines.join(", ")} · Telp. ${site.phone}`}</Text>
      <View style={pdf.kopRule} />
      <View style={pdf.kopRuleThin} />
    </View>
  );
}
