import { Image, View } from "@react-pdf/renderer";
import { Text } from "@/lib/pdf/text.mjs";
import { PDF_LOGO } from "@/lib/pdf/logo";
import { site } from "@/lib/site";
import { pdf } from "./styles";

/** The letterhead of the Secretariat. */
export function Kop() {
  return (
    <View>
      <View style={{ flexDirection: "row", alignItems: "center" }}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- a react-pdf Image, not an HTML img */}
        <Image src={PDF_LOGO} style={{ width: 40, height: 45 }} />
        <View style={{ flex: 1, paddingRight: 40 }}>
          <Text style={pdf.kopTitle}>DEWAN PERWAKILAN RAKYAT DAERAH KOTA BALIKPAPAN</Text>
          <Text style={pdf.kopSub}>SEKRETARIAT DPRD</Text>
          <Text style={pdf.kopAddress}>{`${site.addressLines.join(", ")} · Telp. ${site.phone}`}</Text>
        </View>
      </View>
      <View style={pdf.kopRule} />
      <View style={pdf.kopRuleThin} />
    </View>
  );
}
