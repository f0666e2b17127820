package org.ilo.cnmn.pressrelease;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.ilo.cnmn.content.ContentKey;
import org.ilo.cnmn.content.ContentKind;
import org.ilo.cnmn.content.ContentType;
import org.ilo.cnmn.content.References;
import org.ilo.cnmn.content.References.Reference;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.platform.params.Language;

/** Press releases as {@link org.ilo.cnmn.content.ContentWrites} writes them. */
@Singleton
public class PressReleaseContent extends ContentType<PressRelease, PressReleaseWrite, PressReleaseDto> {

    private final PressReleaseQueries queries;

    PressReleaseContent(Representations representations, PressReleaseQueries queries) {
        super(ContentKind.PRESS_RELEASE, PressRelease.class, PressReleaseWrite.class, PressReleaseWrite::of,
                PressReleaseWrite::applyTo, representations);
        this.queries = queries;
    }

    @Override
    protected PressRelease create(String id) {
        return new PressRelease(id);
    }

    @Override
    protected void check(PressReleaseWrite body, References.Check references) {
        references.each("countries", body.countries(), Reference.COUNTRY)
                .each("themes", body.themes(), Reference.THEME)
                .each("relatedProjects", body.relatedProjects(), Reference.PROJECT);
    }

    @Override
    protected Function<Language, PressReleaseDto> representation(String id) {
        return queries.find(id).<Function<Language, PressReleaseDto>> map(view -> lang -> PressReleaseDto.from(view, lang))
                .orElse(null);
    }

    /**
     * Projects list their press releases with title and date: those whose list this write changes
     * (a link added or removed, or a shown field edited while linked).
     */
    @Override
    protected List<ContentKey> showingChange(String id, PressReleaseWrite before, PressReleaseWrite after) {
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
}
