package org.ilo.cnmn.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;

/** A country with its usage counts (view {@code country_view}). */
@Entity
@Immutable
@Table(name = "country_view")
public class Country extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "project_count")
    public long projectCount;

    @Column(name = "press_release_count")
    public long pressReleaseCount;
}
