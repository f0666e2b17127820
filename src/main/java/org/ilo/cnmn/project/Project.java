package org.ilo.cnmn.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ilo.cnmn.content.TranslationDto;

/**
 * The stored project, as editors change it (table {@code project}). Links are kept by id; reads go
 * through {@link ProjectView}, which resolves them to names.
 */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String summary;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** Only an editor's decision (cancelled or suspended); other statuses follow from the dates. */
    @Column(name = "status_override")
    public String statusOverride;

    public String region;

    @Column(name = "funding_note")
    public String fundingNote;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, TranslationDto> translations = new HashMap<>();

    @Column(name = "last_updated")
    public Instant lastUpdated;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "project_country", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "country_code")
    public Set<String> countries = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_funder", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "funder_id")
    public Set<String> funders = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "theme_id")
    public Set<String> themes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "partner_id")
    public Set<String> partners = new HashSet<>();
}
