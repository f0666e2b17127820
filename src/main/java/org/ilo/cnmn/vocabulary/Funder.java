package org.ilo.cnmn.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;

/** A funder with its usage count (view {@code funder_view}). */
@Entity
@Immutable
@Table(name = "funder_view")
public class Funder extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Column(name = "project_count")
    public long projectCount;
}
