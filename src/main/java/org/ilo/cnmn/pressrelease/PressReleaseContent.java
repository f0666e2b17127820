package org.ilo.cnmn.pressrelease;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.ilo.cnmn.content.ContentKey;
import org.ilo.cnmn.content.ContentKind;
import org.ilo.cnmn.content.ContentType;
import org.ilo.cnmn.content.References;
import org.ilo.cnmn.content.References.Reference;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.platform.params.Language;

/** Press releases as {@link org.ilo.cnmn.content.ContentWrites} writes them. */
@ApplicationScoped
public class PressReleaseContent implements ContentType<PressRelease, PressReleaseWrite, PressReleaseDto> {

    private final Representations representations;

    public PressReleaseContent(Representations representations) {
        this.representations = representations;
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PRESS_RELEASE;
    }

    @Override
    public Class<PressRelease> entity() {
        return PressRelease.class;
    }

    @Override
    public Class<PressReleaseWrite> writeModel() {
        return PressReleaseWrite.class;
    }

    @Override
    public PressRelease create(String id) {
        PressRelease release = new PressRelease();
        release.id = id;
        return release;
    }

    @Override
    public String id(PressReleaseWrite body) {
        return body.id();
    }

    @Override
    public String title(PressReleaseWrite body) {
        return body.title();
    }

    @Override
    public PressReleaseWrite written(PressRelease release) {
        return PressReleaseWrite.of(release);
    }

    @Override
    public void apply(PressReleaseWrite body, PressRelease release) {
        body.applyTo(release);
    }

    @Override
    public void check(PressReleaseWrite body, References.Check references) {
        references.each("countries", body.countries(), Reference.COUNTRY)
                .each("themes", body.themes(), Reference.THEME)
                .each("relatedProjects", body.relatedProjects(), Reference.PROJECT);
    }

    @Override
    public Set<String> etags(String id) {
        PressReleaseView view = PressReleaseView.findById(id);
        return view == null ? Set.of() : representations.etags(lang -> PressReleaseDto.from(view, lang));
    }

    /**
     * Projects list their press releases with title and date: those whose list this write changes
     * (a link added or removed, or a shown field edited while linked).
     */
    @Override
    public List<ContentKey> showingChange(String id, PressReleaseWrite before, PressReleaseWrite after) {
        Set<String> was = before == null ? Set.of() : new TreeSet<>(before.relatedProjects());
        Set<String> is = after == null ? Set.of() : new TreeSet<>(after.relatedProjects());
        Set<String> affected = new TreeSet<>(was);
        affected.addAll(is);
        boolean shownChanged = before == null || after == null || !before.title().equals(after.title())
                || !before.publishedOn().equals(after.publishedOn())
                || !before.translatedTitles().equals(after.translatedTitles());
        if (!shownChanged) {
            affected.removeIf(p -> was.contains(p) && is.contains(p));
        }
        return affected.stream().map(p -> new ContentKey(ContentKind.PROJECT, p)).toList();
    }

    @Override
    public PressReleaseDto current(String id) {
        return PressReleaseDto.from(PressReleaseView.findById(id), Language.EN);
    }
}
