package org.ilo.cnmn.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;

/** A theme with its usage counts (view {@code theme_view}). */
@Entity
@Immutable
@Table(name = "theme_view")
public class Theme extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String description;

    @Column(name = "project_count")
    public long projectCount;

    @Column(name = "press_release_count")
    public long pressReleaseCount;
}
