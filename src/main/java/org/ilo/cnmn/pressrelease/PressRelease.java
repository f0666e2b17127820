package org.ilo.cnmn.pressrelease;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

import org.ilo.cnmn.content.PublishedItem;

/** The stored press release, as editors change it (table {@code press_release}); links kept by id. */
@Entity
public class PressRelease extends PublishedItem {

    public LocalDate publishedOn;

    public String imageCredit;

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

    protected PressRelease() {
    }

    PressRelease(String id) {
        super(id);
    }
}
