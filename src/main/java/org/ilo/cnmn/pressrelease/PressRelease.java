package org.ilo.cnmn.pressrelease;

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

/** The stored press release, as editors change it (table {@code press_release}); links kept by id. */
@Entity
@Table(name = "press_release")
public class PressRelease extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String summary;

    @Column(name = "image_credit")
    public String imageCredit;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, TranslationDto> translations = new HashMap<>();

    @Column(name = "last_updated")
    public Instant lastUpdated;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "press_release_country", joinColumns = @JoinColumn(name = "press_release_id"))
    @Column(name = "country_code")
    public Set<String> countries = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "press_release_theme", joinColumns = @JoinColumn(name = "press_release_id"))
    @Column(name = "theme_id")
    public Set<String> themes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "press_release_project", joinColumns = @JoinColumn(name = "press_release_id"))
    @Column(name = "project_id")
    public Set<String> relatedProjects = new HashSet<>();
}
