package org.ilo.cnmn.office;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;

import org.ilo.cnmn.content.ContentDeleted;
import org.ilo.cnmn.content.ContentKey;
import org.ilo.cnmn.content.ContentKind;
import org.ilo.cnmn.content.ContentType;
import org.ilo.cnmn.content.ContentWrites;
import org.ilo.cnmn.content.References;
import org.ilo.cnmn.content.References.Reference;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.platform.params.Language;

/** The office profile: as GET serves it, and as {@link ContentWrites} writes it. */
@Singleton
public class OfficeContent extends ContentType<Office, OfficeWrite, OfficeDto> {

    private final OfficeQueries queries;

    OfficeContent(Representations representations, OfficeQueries queries) {
        super(ContentKind.OFFICE, Office.class, OfficeWrite.class, OfficeWrite::of, OfficeWrite::applyTo,
                representations);
        this.queries = queries;
    }

    public OfficeDto get(Language lang) {
        return OfficeDto.from(queries.profile(), lang);
    }

    /**
     * A press release is being deleted: if the office names it as the source of what it knows about its
     * director, that source goes, recorded like any other edit.
     */
    void pressReleaseDeleted(@Observes ContentDeleted deleted, ContentWrites writes) {
        if (deleted.item().kind() != ContentKind.PRESS_RELEASE) {
            return;
        }
        Office office = Office.findById(Office.ID, LockModeType.PESSIMISTIC_WRITE);
        if (office != null && deleted.item().id().equals(office.directorSource)) {
            writes.amend(this, Office.ID, deleted.editor(), OfficeWrite::withoutDirectorSource);
        }
    }

    @Override
    protected void check(OfficeWrite body, References.Check references) {
        references.each("countries", body.countries(), Reference.COUNTRY)
                .each("partners", body.partners(), Reference.PARTNER);
        for (int i = 0; i < body.focusAreas().size(); i++) {
            references.one("focusAreas[" + i + "].theme", body.focusAreas().get(i).theme(), Reference.THEME);
        }
        for (int i = 0; i < body.unFrameworks().size(); i++) {
            references.one("unFrameworks[" + i + "].country", body.unFrameworks().get(i).country(), Reference.COUNTRY);
        }
        references.one("director.source", body.director() == null ? null : body.director().source(),
                Reference.PRESS_RELEASE);
    }

    @Override
    protected Function<Language, OfficeDto> representation(String id) {
        OfficeView view = queries.profile();
        return lang -> OfficeDto.from(view, lang);
    }

    @Override
    protected List<ContentKey> showingChange(String id, OfficeWrite before, OfficeWrite after) {
        return List.of();
    }
}
