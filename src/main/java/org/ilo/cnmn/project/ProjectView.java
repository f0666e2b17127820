package org.ilo.cnmn.project;

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

/**
 * Read model of a project (view {@code project_view}): the row with its links already
 * aggregated, so that any page of projects is one SQL statement.
 */
@Entity
@Immutable
@Table(name = "project_view")
public class ProjectView extends PanacheEntityBase {

    /** A press release about the project, as aggregated by the view. */
    public record LinkedPressRelease(String id, String title, LocalDate publishedOn,
            Map<String, TranslationDto> translations) {
    }

    @Id
    public String id;

    public String title;

    public String summary;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String status;

    public String region;

    @Column(name = "funding_note")
    public String fundingNote;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, TranslationDto> translations;

    @Column(name = "last_updated")
    public Instant lastUpdated;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CountryRef> countries;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedRef> funders;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedRef> themes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedRef> partners;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_press_releases")
    public List<LinkedPressRelease> relatedPressReleases;
}
