import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT } from "@/lib/pdf/fonts";

/** Shared PDF styles. Every lineHeight is in points (react-pdf 4.9 crashes on unitless ones in long documents). */
export const pdf = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 9,
    paddingTop: 28,
    paddingBottom: 40,
    paddingHorizontal: 32,
    lineHeight: "12pt",
    color: "#111",
  },
  kopTitle: { fontSize: 12, fontWeight: "bold", textAlign: "center", lineHeight: "15pt" },
  kopSub: { fontSize: 11, fontWeight: "bold", textAlign: "center", lineHeight: "14pt" },
  kopAddress: { fontSize: 8, textAlign: "center", lineHeight: "10pt" },
  kopRule: { borderBottomWidth: 2, borderBottomColor: "#111", marginTop: 4, marginBottom: 1 },
  kopRuleThin: { borderBottomWidth: 0.5, borderBottomColor: "#111", marginBottom: 8 },
  heading: { fontSize: 12, fontWeight: "bold", textAlign: "center", marginBottom: 6, lineHeight: "15pt" },
  bold: { fontWeight: "bold" },
  small: { fontSize: 7.5, lineHeight: "9.5pt" },
  footer: {
    position: "absolute",
    bottom: 16,
    left: 32,
    right: 32,
    height: 12,
    fontSize: 7.5,
    color: "#555",
    flexDirection: "row",
    justifyContent: "space-between",
  },
});
