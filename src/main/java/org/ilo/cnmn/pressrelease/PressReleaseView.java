package org.ilo.cnmn.pressrelease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ilo.cnmn.content.TranslationDto;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

/** Read model of a press release (view {@code press_release_view}) with its links aggregated. */
@Entity
@Immutable
@Table(name = "press_release_view")
public class PressReleaseView extends PanacheEntityBase {

    /** A project the release is about, as aggregated by the view. */
    public record LinkedProject(String id, String title, Map<String, TranslationDto> translations) {
    }

    @Id
    public String id;

    public String title;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String summary;

    @Column(name = "image_credit")
    public String imageCredit;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, TranslationDto> translations;

    @Column(name = "last_updated")
    public Instant lastUpdated;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CountryRef> countries;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedRef> themes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_projects")
    public List<LinkedProject> relatedProjects;
}
