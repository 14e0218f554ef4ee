import type { DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import type { Block } from "../rich-text";

/** Everything the minutes PDF shows, already formatted (plain JSON, so it can cross to a worker thread). */
export interface MinutesPdfData {
  code: string;
  verifyUrl: string;
  qrDataUrl: string;
  documentVersion: number;
  correction: { supersedesCode: string; reason: string } | null;
  council: { name: string; secretariat: string; address: string };
  meeting: {
    title: string;
    typeName: string;
    natureLabel: string;
    dayDate: string;
    time: string;
    place: string;
    chairName: string;
    secretaryName: string;
    agenda: string[];
  };
  attendanceSummary: string;
  quorumStatement: string;
  attendance: { name: string; fraksi: string | null; status: string; arrivedAt: string | null }[];
  guests: { name: string; institution: string; role: string | null }[];
  opening: Block[];
  items: { title: string; proceedings: { speaker: string; summary: Block[] }[]; decisions: Block[] }[];
  closing: Block[];
  signers: { chair: { name: string; detail?: string }; secretary: { name: string; detail?: string } };
}

export function minutesDocument(data: MinutesPdfData): ReactElement<DocumentProps>;
