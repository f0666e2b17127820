package org.ilo.cnmn.project;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

import org.ilo.cnmn.content.PublishedItem;

/**
 * The stored project, as editors change it (table {@code project}). Links are kept by id; reads go
 * through {@link ProjectView}, which resolves them to names.
 */
@Entity
public class Project extends PublishedItem {

    public LocalDate startDate;

    public LocalDate endDate;

    /** Only an editor's decision (cancelled or suspended); other statuses follow from the dates. */
    public String statusOverride;

    public String region;

    public String fundingNote;

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

    protected Project() {
    }

    Project(String id) {
        super(id);
    }
}
