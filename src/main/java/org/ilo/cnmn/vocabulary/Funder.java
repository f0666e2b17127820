package org.ilo.cnmn.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "funder")
public class Funder extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Formula("(SELECT count(*) FROM project_funder x WHERE x.funder_id = id)")
    public long projectCount;
}
