package ir.portal.committee;

import static ir.portal.Thrown.problem;
import static ir.portal.Thrown.refused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.ProposalFileView;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.domain.Proposal;
import ir.portal.desk.DeskSamples;
import ir.portal.platform.files.Upload;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A proposal's files: checked by their content and kept under a safe name, added by its unit while it may change
 * the proposal and by the secretary until the decision, read by the committee's members before the meeting.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalFilesIT {

    @Inject
    CommitteeFixtures fixtures;

    @Inject
    Proposals proposals;

    @Inject
    CommitteeQueries queries;

    @Inject
    AsEditor asEditor;

    @Inject
    AsExpert asExpert;

    @Inject
    Members members;

    @Test
    void aProposalsFilesAreKeptByItsUnitAndTheSecretaryAndReadByTheCommittee() throws Exception {
        long id = fixtures.drafted();
        long study = asEditor.call(
                () -> proposals.attach(id, new Upload("file", "..\\مطالعه\u202Eexe.pdf", DeskSamples.pdf())));
        assertEquals(
                "platform.file.type",
                problem(() -> asEditor.call(
                        () -> proposals.attach(id, new Upload("file", "letter.pdf", DeskSamples.executable())))),
                "a program named like a PDF is refused by its content");
        var read = members.call("committee", () -> queries.files(id));
        assertEquals(1, read.size(), "a member reads the proposal's file before the meeting");
        assertEquals("مطالعهexe.pdf", read.get(0).fileName(), "kept under a safe name");
        assertEquals("application/pdf", read.get(0).mediaType());
        assertArrayEquals(
                DeskSamples.pdf(),
                members.call("committee", () -> queries.file(study)).content());
        refused(() ->
                members.call("committee", () -> proposals.attach(id, new Upload("file", "x.pdf", DeskSamples.pdf()))));

        asEditor.call(() -> {
            proposals.submit(id, fixtures.proposal(id).version(), null);
            return null;
        });
        assertEquals(
                Proposal.NOT_NOW,
                problem(() ->
                        asEditor.call(() -> proposals.attach(id, new Upload("file", "late.pdf", DeskSamples.pdf())))),
                "once submitted, the unit's files are what the secretary screens");
        asExpert.call(() -> proposals.attach(id, new Upload("file", "screening.png", DeskSamples.png())));
        asExpert.call(() -> {
            proposals.removeFile(study);
            return null;
        });
        assertEquals(
                List.of("screening.png"),
                asEditor.call(() -> queries.files(id)).stream()
                        .map(ProposalFileView::fileName)
                        .toList(),
                "the unit reads what the secretary kept");
    }
}
