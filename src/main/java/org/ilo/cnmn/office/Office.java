package org.ilo.cnmn.office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ilo.cnmn.office.OfficeWrite.FocusAreaWrite;
import org.ilo.cnmn.office.OfficeWrite.UnFrameworkWrite;

/** The stored office profile (table {@code office}, one row); links kept by id. */
@Entity
public class Office extends PanacheEntityBase {

    /** The office this service publishes; the table holds exactly this row. */
    public static final String ID = "cn-mn";

    @Id
    public String id;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> about;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FocusAreaWrite> focusAreas;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> constituents;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<UnFrameworkWrite> unFrameworks;

    public String directorName;

    public String directorRole;

    public LocalDate directorAsOf;

    public String directorSource;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, OfficeTranslation> translations = new HashMap<>();

    public Instant lastUpdated;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "office_country", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "country_code")
    public Set<String> countries = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "office_partner", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "partner_id")
    public Set<String> partners = new HashSet<>();
}
