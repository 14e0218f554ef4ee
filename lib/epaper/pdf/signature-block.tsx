import { Image, StyleSheet, View } from "@react-pdf/renderer";
import { Text } from "@/lib/pdf/text.mjs";

const s = StyleSheet.create({
  block: { marginTop: 14, marginLeft: 250, lineHeight: "14pt" },
  row: {
    flexDirection: "row",
    alignItems: "center",
    marginTop: 6,
    marginBottom: 6,
    borderWidth: 0.6,
    borderColor: "#555",
    padding: 4,
  },
  qr: { width: 62, height: 62, marginRight: 6 },
  note: { flex: 1, fontSize: 7.5, lineHeight: "10pt" },
  name: { fontWeight: "bold", textDecoration: "underline" },
});

/**
 * The visible signature block: the capacity lines ("a.n. KETUA …", "WAKIL KETUA,"), a QR code to the
 * verification page with "Ditandatangani secara elektronik oleh …", then the name. A preview shows the place
 * of the signature instead, without a QR code.
 */
export function SignatureBlock({
  sig,
}: {
  sig: { capacity: string[]; name: string; detail: string | null; qrDataUrl: string | null };
}) {
  return (
    <View style={s.block} wrap={false}>
      {sig.capacity.map((line, i) => (
        <Text key={i} style={{ fontWeight: "bold" }}>
          {line}
        </Text>
      ))}
      <View style={s.row}>
        {sig.qrDataUrl ? (
          // eslint-disable-next-line jsx-a11y/alt-text -- a react-pdf Image, not an HTML img
          <Image src={sig.qrDataUrl} style={s.qr} />
        ) : null}
        <Text style={s.note}>
          {sig.qrDataUrl
            ? `Ditandatangani secara elektronik oleh:\n${sig.name}${sig.detail ? `\n${sig.detail}` : ""}`
            : `PRATINJAU — belum ditandatangani.\nTempat tanda tangan elektronik dan kode QR.`}
        </Text>
      </View>
      <Text style={s.name}>{sig.name}</Text>
    </View>
  );
}
