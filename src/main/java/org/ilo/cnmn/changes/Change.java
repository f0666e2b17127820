package org.ilo.cnmn.changes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;

/** One committed change (table {@code change_log}); rows are written only by SQL function record_change. */
@Entity
@Immutable
@Table(name = "change_log")
public class Change extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    public String action;

    @Column(name = "changed_at")
    public Instant changedAt;
}
