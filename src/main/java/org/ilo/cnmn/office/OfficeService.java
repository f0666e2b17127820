package org.ilo.cnmn.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.ilo.cnmn.audit.AuditService;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.caching.DataVersion;
import org.ilo.cnmn.platform.problem.FieldError;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.caching.Preconditions;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.vocabulary.VocabularyService;
import org.ilo.cnmn.vocabulary.VocabularyService.Reference;

@ApplicationScoped
public class OfficeService {

    static final String TYPE = "office";

    private final EntityManager em;
    private final VocabularyService vocabularies;
    private final Representations representations;
    private final AuditService audit;
    private final DataVersion dataVersion;

    public OfficeService(EntityManager em, VocabularyService vocabularies, Representations representations,
            AuditService audit, DataVersion dataVersion) {
        this.em = em;
        this.vocabularies = vocabularies;
        this.representations = representations;
        this.audit = audit;
        this.dataVersion = dataVersion;
    }

    public OfficeDto get(Language lang) {
        return OfficeDto.from(view(), lang);
    }

    /** Replaces the profile (PUT); {@code ifMatch} must name its current ETag. */
    @Transactional
    public OfficeDto replace(OfficeWrite body, String ifMatch, String editor) {
        Office office = Office.findById(OfficeView.ID, LockModeType.PESSIMISTIC_WRITE);
        Preconditions.requireMatch(ifMatch, etags());
        check(body);
        OfficeWrite before = OfficeWrite.of(office);
        body.applyTo(office);
        office.lastUpdated = Instant.now();
        audit.record(editor, AuditService.Action.UPDATE, TYPE, office.id, before, OfficeWrite.of(office));
        em.flush();
        dataVersion.refreshAfterCommit();
        em.clear();
        return OfficeDto.from(view(), Language.EN);
    }

    /**
     * A press release is being deleted (in the caller's transaction): if the office names it as the
     * source of what it knows about its director, that source goes, recorded like any other edit.
     */
    public void pressReleaseDeleted(String releaseId, String editor) {
        Office office = Office.findById(OfficeView.ID, LockModeType.PESSIMISTIC_WRITE);
        if (office == null || !releaseId.equals(office.directorSource)) {
            return;
        }
        OfficeWrite before = OfficeWrite.of(office);
        office.directorSource = null;
        office.lastUpdated = Instant.now();
        audit.record(editor, AuditService.Action.UPDATE, TYPE, office.id, before, OfficeWrite.of(office));
        em.flush();
    }

    /** The profile's current ETags, one per language, as GET sends them. */
    public Set<String> etags() {
        OfficeView view = view();
        return representations.etags(lang -> OfficeDto.from(view, lang));
    }

    private void check(OfficeWrite body) {
        List<FieldError> unknown = new ArrayList<>();
        vocabularies.unknownReferences("countries", body.countries(), Reference.COUNTRY, unknown);
        vocabularies.unknownReferences("partners", body.partners(), Reference.PARTNER, unknown);
        for (int i = 0; i < body.focusAreas().size(); i++) {
            vocabularies.unknownReference("focusAreas[" + i + "].theme", body.focusAreas().get(i).theme(),
                    Reference.THEME, unknown);
        }
        for (int i = 0; i < body.unFrameworks().size(); i++) {
            vocabularies.unknownReference("unFrameworks[" + i + "].country", body.unFrameworks().get(i).country(),
                    Reference.COUNTRY, unknown);
        }
        String source = body.director() == null ? null : body.director().source();
        if (source != null && em.createNativeQuery("SELECT 1 FROM press_release WHERE id = :id")
                .setParameter("id", source).getResultList().isEmpty()) {
            unknown.add(new FieldError("director.source", "is not a known press release; see /api/v1/press-releases"));
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unknownReferences(unknown);
        }
    }

    private static OfficeView view() {
        OfficeView office = OfficeView.findById(OfficeView.ID);
        if (office == null) {
            throw new IllegalStateException("The office row is missing; the seed migration has not run.");
        }
        return office;
    }
}
