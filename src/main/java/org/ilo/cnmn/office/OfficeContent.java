package org.ilo.cnmn.office;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

/** The office profile as {@link ContentWrites} writes it. */
@ApplicationScoped
public class OfficeContent implements ContentType<Office, OfficeWrite, OfficeDto> {

    private final Representations representations;

    public OfficeContent(Representations representations) {
        this.representations = representations;
    }

    /**
     * A press release is being deleted: if the office names it as the source of what it knows about its
     * director, that source goes, recorded like any other edit.
     */
    void pressReleaseDeleted(@Observes ContentDeleted deleted, ContentWrites writes) {
        if (deleted.item().kind() != ContentKind.PRESS_RELEASE) {
            return;
        }
        Office office = Office.findById(OfficeView.ID, LockModeType.PESSIMISTIC_WRITE);
        if (office != null && deleted.item().id().equals(office.directorSource)) {
            writes.amend(this, OfficeView.ID, deleted.editor(), OfficeWrite::withoutDirectorSource);
        }
    }

    @Override
    public ContentKind kind() {
        return ContentKind.OFFICE;
    }

    @Override
    public Class<Office> entity() {
        return Office.class;
    }

    @Override
    public Class<OfficeWrite> writeModel() {
        return OfficeWrite.class;
    }

    @Override
    public Office create(String id) {
        throw new UnsupportedOperationException("The office profile is only ever replaced.");
    }

    @Override
    public String id(OfficeWrite body) {
        return OfficeView.ID;
    }

    @Override
    public String title(OfficeWrite body) {
        return body.name();
    }

    @Override
    public OfficeWrite written(Office office) {
        return OfficeWrite.of(office);
    }

    @Override
    public void apply(OfficeWrite body, Office office) {
        body.applyTo(office);
    }

    @Override
    public void check(OfficeWrite body, References.Check references) {
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
    public Set<String> etags(String id) {
        OfficeView view = OfficeService.view();
        return representations.etags(lang -> OfficeDto.from(view, lang));
    }

    @Override
    public List<ContentKey> showingChange(String id, OfficeWrite before, OfficeWrite after) {
        return List.of();
    }

    @Override
    public OfficeDto current(String id) {
        return OfficeDto.from(OfficeService.view(), Language.EN);
    }
}
