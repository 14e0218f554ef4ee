-- The two default registers. The number formats are admin-editable afterwards
-- (/sekretariat/surat/pengaturan); this only creates them when missing.
INSERT INTO letter_registers (code, name, direction, number_format, number_width, unit_code)
VALUES
  ('masuk', 'Agenda Surat Masuk', 'masuk', '{nomor}/SM/{tahun}', 4, 'DPRD'),
  ('keluar', 'Surat Keluar Sekretariat DPRD', 'keluar', '{klasifikasi}/{nomor}/DPRD/{tahun}', 4, 'DPRD')
ON CONFLICT (code) DO NOTHING;
--> statement-breakpoint
-- Numbers are never reused and letters are never deleted (retention review only lists them):
-- the database itself refuses DELETE and TRUNCATE on the ledger and the letter tables.
CREATE OR REPLACE FUNCTION letters_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'data register surat tidak dapat dihapus (%)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER letter_numbers_no_delete BEFORE DELETE ON letter_numbers FOR EACH ROW EXECUTE FUNCTION letters_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER letter_numbers_no_truncate BEFORE TRUNCATE ON letter_numbers FOR EACH STATEMENT EXECUTE FUNCTION letters_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER incoming_letters_no_delete BEFORE DELETE ON incoming_letters FOR EACH ROW EXECUTE FUNCTION letters_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER outgoing_letters_no_delete BEFORE DELETE ON outgoing_letters FOR EACH ROW EXECUTE FUNCTION letters_refuse_delete();
--> statement-breakpoint
-- A number's position in its register never changes once handed out.
CREATE OR REPLACE FUNCTION letter_numbers_refuse_renumber() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.register_id <> OLD.register_id OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq THEN
    RAISE EXCEPTION 'nomor surat tidak dapat diubah urutannya' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER letter_numbers_no_renumber BEFORE UPDATE ON letter_numbers FOR EACH ROW EXECUTE FUNCTION letter_numbers_refuse_renumber();
