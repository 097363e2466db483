-- Every text of a card in Persian and English: the stage notes, the link texts, the license rows and inquiries.
-- The Persian column keeps the name with _fa; the English one is added.

ALTER TABLE service_card_stage RENAME COLUMN note TO note_fa;
ALTER TABLE service_card_stage ADD COLUMN note_en VARCHAR(2000);

ALTER TABLE service_card_link RENAME COLUMN agency TO agency_fa;
ALTER TABLE service_card_link ADD COLUMN agency_en VARCHAR(200);
ALTER TABLE service_card_link RENAME COLUMN system_name TO system_name_fa;
ALTER TABLE service_card_link ADD COLUMN system_name_en VARCHAR(200);
ALTER TABLE service_card_link RENAME COLUMN exchanged_fields TO exchanged_fields_fa;
ALTER TABLE service_card_link ADD COLUMN exchanged_fields_en VARCHAR(1000);

ALTER TABLE license_step RENAME COLUMN supervising_bodies TO supervising_bodies_fa;
ALTER TABLE license_step ADD COLUMN supervising_bodies_en VARCHAR(1000);
ALTER TABLE license_step RENAME COLUMN approximate_time TO approximate_time_fa;
ALTER TABLE license_step ADD COLUMN approximate_time_en VARCHAR(100);
ALTER TABLE license_step RENAME COLUMN notes TO notes_fa;
ALTER TABLE license_step ADD COLUMN notes_en VARCHAR(2000);

ALTER TABLE license_inquiry RENAME COLUMN agency TO agency_fa;
ALTER TABLE license_inquiry ADD COLUMN agency_en VARCHAR(200);
ALTER TABLE license_inquiry RENAME COLUMN subject TO subject_fa;
ALTER TABLE license_inquiry ADD COLUMN subject_en VARCHAR(400);
ALTER TABLE license_inquiry RENAME COLUMN documents TO documents_fa;
ALTER TABLE license_inquiry ADD COLUMN documents_en VARCHAR(2000);
ALTER TABLE license_inquiry RENAME COLUMN validity TO validity_fa;
ALTER TABLE license_inquiry ADD COLUMN validity_en VARCHAR(200);
ALTER TABLE license_inquiry RENAME COLUMN duration TO duration_fa;
ALTER TABLE license_inquiry ADD COLUMN duration_en VARCHAR(100);
ALTER TABLE license_inquiry RENAME COLUMN notes TO notes_fa;
ALTER TABLE license_inquiry ADD COLUMN notes_en VARCHAR(2000);
