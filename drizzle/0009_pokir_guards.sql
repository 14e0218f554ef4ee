-- Pokir that reached SIPD are never deleted, and their SIPD mark cannot be taken back (Permendagri 86/2017).
CREATE OR REPLACE FUNCTION pokir_refuse_sipd_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.sipd_entered THEN
      RAISE EXCEPTION 'Pokir yang sudah diinput ke SIPD tidak dapat dihapus' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.sipd_entered AND NOT NEW.sipd_entered THEN
    RAISE EXCEPTION 'Tanda input SIPD tidak dapat dicabut' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pokir_proposals_keep_sipd BEFORE UPDATE OR DELETE ON pokir_proposals FOR EACH ROW EXECUTE FUNCTION pokir_refuse_sipd_change();
--> statement-breakpoint
-- Balikpapan's main OPD and the bidang/urusan they handle (admin-editable data afterwards).
INSERT INTO pokir_opd (code, name) VALUES
  ('DPU', 'Dinas Pekerjaan Umum'),
  ('DISDIKBUD', 'Dinas Pendidikan dan Kebudayaan'),
  ('DINKES', 'Dinas Kesehatan'),
  ('DINSOS', 'Dinas Sosial'),
  ('DISHUB', 'Dinas Perhubungan'),
  ('DLH', 'Dinas Lingkungan Hidup'),
  ('DPMPT', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
  ('BAPPEDALITBANG', 'Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan'),
  ('DPPR', 'Dinas Perumahan dan Permukiman'),
  ('DKUMKMP', 'Dinas Koperasi, Usaha Mikro, Kecil, Menengah dan Perindustrian'),
  ('DPKP', 'Dinas Pangan, Pertanian dan Perikanan'),
  ('DISPORA', 'Dinas Pemuda dan Olahraga'),
  ('DP3AKB', 'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana'),
  ('DISNAKER', 'Dinas Tenaga Kerja'),
  ('DISKOMINFO', 'Dinas Komunikasi dan Informatika'),
  ('BPBD', 'Badan Penanggulangan Bencana Daerah'),
  ('DAMKAR', 'Dinas Pemadam Kebakaran dan Penyelamatan'),
  ('KEC', 'Kecamatan (sesuai lokasi)')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO pokir_bidang (code, name, default_opd_id) VALUES
  ('1.03', 'Pekerjaan umum dan penataan ruang', (SELECT id FROM pokir_opd WHERE code = 'DPU')),
  ('1.01', 'Pendidikan', (SELECT id FROM pokir_opd WHERE code = 'DISDIKBUD')),
  ('1.02', 'Kesehatan', (SELECT id FROM pokir_opd WHERE code = 'DINKES')),
  ('1.06', 'Sosial', (SELECT id FROM pokir_opd WHERE code = 'DINSOS')),
  ('2.15', 'Perhubungan', (SELECT id FROM pokir_opd WHERE code = 'DISHUB')),
  ('2.11', 'Lingkungan hidup', (SELECT id FROM pokir_opd WHERE code = 'DLH')),
  ('2.18', 'Penanaman modal', (SELECT id FROM pokir_opd WHERE code = 'DPMPT')),
  ('5.01', 'Perencanaan pembangunan', (SELECT id FROM pokir_opd WHERE code = 'BAPPEDALITBANG')),
  ('1.04', 'Perumahan rakyat dan kawasan permukiman', (SELECT id FROM pokir_opd WHERE code = 'DPPR')),
  ('2.17', 'Koperasi, usaha kecil dan menengah', (SELECT id FROM pokir_opd WHERE code = 'DKUMKMP')),
  ('2.09', 'Pangan', (SELECT id FROM pokir_opd WHERE code = 'DPKP')),
  ('2.19', 'Kepemudaan dan olahraga', (SELECT id FROM pokir_opd WHERE code = 'DISPORA')),
  ('2.08', 'Pemberdayaan perempuan dan perlindungan anak', (SELECT id FROM pokir_opd WHERE code = 'DP3AKB')),
  ('2.07', 'Tenaga kerja', (SELECT id FROM pokir_opd WHERE code = 'DISNAKER')),
  ('2.16', 'Komunikasi dan informatika', (SELECT id FROM pokir_opd WHERE code = 'DISKOMINFO')),
  ('1.05', 'Ketenteraman, ketertiban umum dan pelindungan masyarakat', (SELECT id FROM pokir_opd WHERE code = 'BPBD'))
ON CONFLICT DO NOTHING;
