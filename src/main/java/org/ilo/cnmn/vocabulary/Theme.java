package org.ilo.cnmn.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String description;

    @Formula("(SELECT count(*) FROM project_theme x WHERE x.theme_id = id)")
    public long projectCount;

    @Formula("(SELECT count(*) FROM press_release_theme x WHERE x.theme_id = id)")
    public long pressReleaseCount;
}
