package org.ilo.cnmn.office;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ilo.cnmn.office.OfficeDto.DirectorDto;
import org.ilo.cnmn.office.OfficeDto.FocusAreaDto;
import org.ilo.cnmn.office.OfficeDto.UnFrameworkDto;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

/** Read model of the office profile (view {@code office_view}), references resolved to names. */
@Entity
@Immutable
@Table(name = "office_view")
public class OfficeView extends PanacheEntityBase {

    /** The office this service publishes; the table holds exactly this row. */
    public static final String ID = "cn-mn";

    @Id
    public String id;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> about;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> constituents;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, OfficeTranslation> translations;

    @Column(name = "last_updated")
    public Instant lastUpdated;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CountryRef> countries;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedRef> partners;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_areas")
    public List<FocusAreaDto> focusAreas;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "un_frameworks")
    public List<UnFrameworkDto> unFrameworks;

    @JdbcTypeCode(SqlTypes.JSON)
    public DirectorDto director;
}
