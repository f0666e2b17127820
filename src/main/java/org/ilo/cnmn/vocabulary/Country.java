package org.ilo.cnmn.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Formula("(SELECT count(*) FROM project_country x WHERE x.country_code = code)")
    public long projectCount;

    @Formula("(SELECT count(*) FROM press_release_country x WHERE x.country_code = code)")
    public long pressReleaseCount;
}
